package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.KeycloakLoginPage;
import org.opencrcn.it.browser.pages.MembersPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.Inbox;
import org.opencrcn.it.support.Person;
import org.opencrcn.it.support.TestData;
import org.opencrcn.it.support.WithGreenMail;
import org.opencrcn.it.support.WithKeycloak;

/**
 * Orga's activation and invitations as people live them: the mailed link is read from GreenMail and
 * opened in the browser. Each test has a school of its own; whoever follows a link registers a new
 * account on Keycloak's page.
 */
@ExtendWith({WithKeycloak.class, WithGreenMail.class})
class OrgaMembersBrowserIT extends BrowserJourney {

  @Test
  @DisplayName(
      "A director asks for her school's link, follows it from the mail, signs in and lands in Orga as ADMIN")
  void directorActivatesTheSchool() {
    TestData.School school = data.school("Lycée Activé");
    OpenCrcnPage home = OpenCrcnPage.open(browser, "/");
    home.click("activation-link");
    OpenCrcnPage form = new OpenCrcnPage(browser).awaitPath("/demande-administration.xhtml");
    assertThat(form.heading()).isEqualTo("Activez ou récupérez votre espace Orga");
    assertThat(form.text("data-protection")).contains("conservées pendant un an");
    Accessibility.assertNoViolations(browser);
    form.type("activation:uai", " " + school.uai().toLowerCase() + " ")
        .type("activation:firstName", "Anne")
        .type("activation:lastName", "Proviseure");
    OpenCrcnPage sent = form.submit("activation:send");

    assertThat(sent.text("activation-sent-to"))
        .contains("ce." + school.uai().substring(0, 4) + "***@ac-test.fr")
        .doesNotContain(school.uai());
    Accessibility.assertNoViolations(browser);
    var mail = Inbox.of(school.email()).awaitMail(1);
    assertThat(mail.to()).containsExactly(school.email());
    assertThat(mail.text())
        .contains(
            "Anne Proviseure a demandé à devenir administrateur de l'espace Orga de l'établissement "
                + school.name());

    browser.get(mail.link("/rejoindre/activation/"));
    registerNewAccount("Anne", "Proviseure");
    OpenCrcnPage join = new OpenCrcnPage(browser).awaitPath("/rejoindre/activation.xhtml");
    assertThat(join.has("join-organization")).as(join.describe()).isTrue();
    assertThat(join.text("join-organization")).isEqualTo(school.name());
    assertThat(join.text("join-offer")).contains("deviendrez administrateur");
    Accessibility.assertNoViolations(browser);

    OpenCrcnPage orga = join.submit("join:accept").awaitPath("/orga/index.xhtml");
    assertThat(orga.text("organization-name")).isEqualTo(school.name());
    assertThat(orga.text("membership-role")).isEqualTo("Administrateur");
    assertThat(orga.text("orga-messages"))
        .isEqualTo("Vous êtes administrateur de l'espace Orga de " + school.name() + ".");
    assertThat(orga.has("nav-orga")).isTrue();
    Accessibility.assertNoViolations(browser);

    browser.get(mail.link("/rejoindre/activation/"));
    OpenCrcnPage again = new OpenCrcnPage(browser).awaitPath("/rejoindre/activation.xhtml");
    assertThat(again.text("join-refused")).startsWith("Ce lien a déjà été utilisé");
    Accessibility.assertNoViolations(browser);
  }

  @Test
  @DisplayName(
      "The director invites a colleague from the members page; the colleague joins from the mailed link")
  void directorInvitesAColleague() {
    String invitee = "collegue-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    TestData.School school = data.school("Collège Invitant");
    Person director = data.person("Claire", "Invitante");
    Person teacher = data.person("Thomas", "Présent");
    data.administrator(school, director);
    data.member(school, teacher);
    signInAs(director).awaitPath("/orga/");
    new OpenCrcnPage(browser).click("members-link");
    MembersPage members = new MembersPage(browser);
    members.awaitPath("/orga/membres.xhtml");
    assertThat(members.members())
        .containsExactlyInAnyOrder(
            director.displayName() + " (vous) – Administrateur",
            teacher.displayName() + " – Membre");
    Accessibility.assertNoViolations(browser);

    members = members.invite(invitee, "Membre");

    assertThat(members.message()).isEqualTo("Invitation envoyée à " + invitee + ".");
    assertThat(members.pendingEmails()).containsExactly(invitee);
    Accessibility.assertNoViolations(browser);
    String link = Inbox.of(invitee).awaitMail(1).link("/rejoindre/invitation/");
    members.signOut().awaitPath("/");

    browser.get(link);
    registerNewAccount("Camille", "Collègue");
    OpenCrcnPage join = new OpenCrcnPage(browser).awaitPath("/rejoindre/invitation.xhtml");
    assertThat(join.has("join-organization")).as(join.describe()).isTrue();
    assertThat(join.text("join-organization")).isEqualTo(school.name());
    assertThat(join.text("join-other-address"))
        .startsWith(
            "Cette invitation a été envoyée à "
                + invitee
                + ", une adresse que votre compte n'a pas.");
    Accessibility.assertNoViolations(browser);
    join = join.submit("join:accept").awaitPath("/rejoindre/invitation.xhtml");
    assertThat(join.text("join-other-address-refused")).startsWith("Cochez la case");
    OpenCrcnPage orga =
        join.click("join:confirmOther").submit("join:accept").awaitPath("/orga/index.xhtml");

    assertThat(orga.text("organization-name")).isEqualTo(school.name());
    assertThat(orga.text("membership-role")).isEqualTo("Membre");
  }

  @Test
  @DisplayName(
      "An administrator removes a member only after confirming; the last administrator cannot leave")
  void administratorRevokesAMembership() {
    TestData.School school = data.school("Collège Révoquant");
    Person director = data.person("Claire", "Révoquante");
    Person teacher = data.person("Thomas", "Parti");
    data.administrator(school, director);
    data.member(school, teacher);
    signInAs(director).awaitPath("/orga/");
    new OpenCrcnPage(browser).click("members-link");
    MembersPage members = new MembersPage(browser);
    members.awaitPath("/orga/membres.xhtml");

    members = members.askRemoval(teacher.displayName());
    assertThat(members.removalQuestion())
        .startsWith(
            teacher.displayName()
                + " ("
                + teacher.email()
                + ") ne fera plus partie de "
                + school.name());
    assertThat(members.members()).hasSize(2);
    Accessibility.assertNoViolations(browser);
    members = members.cancelRemoval();
    assertThat(members.removalQuestion()).isEmpty();
    assertThat(members.members()).hasSize(2);

    members = members.askRemoval(teacher.displayName()).confirmRemoval();
    assertThat(members.message())
        .isEqualTo(teacher.displayName() + " ne fait plus partie de " + school.name() + ".");
    assertThat(members.members())
        .containsExactly(director.displayName() + " (vous) – Administrateur");

    members = members.leaveRefused();
    assertThat(members.message()).startsWith("Impossible : c'est le dernier administrateur");
    assertThat(members.members())
        .containsExactly(director.displayName() + " (vous) – Administrateur");
    Accessibility.assertNoViolations(browser);
  }

  /**
   * On Keycloak's login page the visitor has no account yet: they register one, with a fresh name.
   */
  private void registerNewAccount(String firstName, String lastName) {
    String username = "orga-" + UUID.randomUUID().toString().substring(0, 8);
    new KeycloakLoginPage(browser)
        .openRegistration()
        .register(username, username + "@example.org", firstName, lastName, "Secret-" + username);
  }
}
