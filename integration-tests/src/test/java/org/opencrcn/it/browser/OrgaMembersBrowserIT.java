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
import org.opencrcn.it.support.DemoAccounts;
import org.opencrcn.it.support.Inbox;
import org.opencrcn.it.support.WithGreenMail;
import org.opencrcn.it.support.WithKeycloak;

/**
 * Orga's activation and invitations as people live them: the mailed link is read from GreenMail and
 * opened in the browser. Whoever follows a link registers a new account on Keycloak's page, so that
 * the demo accounts keep the organisations other tests expect.
 */
@ExtendWith({WithKeycloak.class, WithGreenMail.class})
class OrgaMembersBrowserIT extends BrowserJourney {
  private static final String CHAMPOLLION_MAILBOX = "ce.0382888Y@ac-grenoble.fr";

  @Test
  @DisplayName(
      "A director asks for Lycée Champollion's link, follows it from the mail, signs in and lands in Orga as ADMIN")
  void directorActivatesTheSchool() {
    OpenCrcnPage home = OpenCrcnPage.open(browser, "/");
    home.click("activation-link");
    OpenCrcnPage form = new OpenCrcnPage(browser).awaitPath("/demande-administration.xhtml");
    assertThat(form.heading()).isEqualTo("Activez ou récupérez votre espace Orga");
    assertThat(form.text("data-protection")).contains("conservées pendant un an");
    Accessibility.assertNoViolations(browser);
    int mailsBefore = Inbox.of(CHAMPOLLION_MAILBOX).mails().size();

    form.type("activation:uai", " 0382888y ")
        .type("activation:firstName", "Anne")
        .type("activation:lastName", "Proviseure");
    OpenCrcnPage sent = form.submit("activation:send");

    assertThat(sent.text("activation-sent-to"))
        .contains("ce.0382***@ac-grenoble.fr")
        .doesNotContain("0382888Y");
    Accessibility.assertNoViolations(browser);
    var mail = Inbox.of(CHAMPOLLION_MAILBOX).awaitMail(mailsBefore + 1);
    assertThat(mail.to()).containsExactly(CHAMPOLLION_MAILBOX);
    assertThat(mail.text())
        .contains(
            "Anne Proviseure a demandé à devenir administrateur de l'espace Orga de l'établissement Lycée Champollion");

    browser.get(mail.link("/rejoindre/activation/"));
    registerNewAccount("Anne", "Proviseure");
    OpenCrcnPage join = new OpenCrcnPage(browser).awaitPath("/rejoindre/activation.xhtml");
    assertThat(join.has("join-organization")).as(join.describe()).isTrue();
    assertThat(join.text("join-organization")).isEqualTo("Lycée Champollion");
    assertThat(join.text("join-offer")).contains("deviendrez administrateur");
    Accessibility.assertNoViolations(browser);

    OpenCrcnPage orga = join.submit("join:accept").awaitPath("/orga/index.xhtml");
    assertThat(orga.text("organization-name")).isEqualTo("Lycée Champollion");
    assertThat(orga.text("membership-role")).isEqualTo("Administrateur");
    assertThat(orga.text("orga-messages"))
        .isEqualTo("Vous êtes administrateur de l'espace Orga de Lycée Champollion.");
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
    signInAs(DemoAccounts.DIRECTOR).awaitPath("/orga/");
    new OpenCrcnPage(browser).click("members-link");
    MembersPage members = new MembersPage(browser);
    members.awaitPath("/orga/membres.xhtml");
    assertThat(members.members())
        .contains("Claire Dubois (vous) – Administrateur", "Thomas Bernard – Membre");
    Accessibility.assertNoViolations(browser);

    members = members.invite(invitee, "Membre");

    assertThat(members.message()).isEqualTo("Invitation envoyée à " + invitee + ".");
    assertThat(members.pendingEmails()).contains(invitee);
    Accessibility.assertNoViolations(browser);
    String link = Inbox.of(invitee).awaitMail(1).link("/rejoindre/invitation/");
    members.signOut().awaitPath("/");

    browser.get(link);
    registerNewAccount("Camille", "Collègue");
    OpenCrcnPage join = new OpenCrcnPage(browser).awaitPath("/rejoindre/invitation.xhtml");
    assertThat(join.has("join-organization")).as(join.describe()).isTrue();
    assertThat(join.text("join-organization")).isEqualTo("Collège Jean Moulin");
    Accessibility.assertNoViolations(browser);
    OpenCrcnPage orga = join.submit("join:accept").awaitPath("/orga/index.xhtml");

    assertThat(orga.text("organization-name")).isEqualTo("Collège Jean Moulin");
    assertThat(orga.text("membership-role")).isEqualTo("Membre");
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
