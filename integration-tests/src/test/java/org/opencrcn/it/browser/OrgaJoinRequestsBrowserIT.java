package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.EntWelcomePage;
import org.opencrcn.it.browser.pages.KeycloakLoginPage;
import org.opencrcn.it.browser.pages.MembersPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.Browser;
import org.opencrcn.it.support.DemoAccounts;
import org.opencrcn.it.support.Inbox;
import org.opencrcn.it.support.WithGreenMail;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.By;

/**
 * A teacher signed in through the demo ENT asks, from the ENT welcome page, to join her school's
 * Orga space; the school's director follows the mailed link, accepts on the members page, and the
 * teacher then enters Orga. At the end the teacher leaves again, so that the demo accounts stay as
 * the demo data made them.
 */
@ExtendWith({WithKeycloak.class, WithGreenMail.class})
class OrgaJoinRequestsBrowserIT extends BrowserJourney {
  /** Teacher (National_ENS) of Collège Jean Moulin (0381999Z) in ent-demo-realm.json. */
  private static final String ENT_TEACHER = "nadia.benali";

  private static final String DIRECTOR_MAILBOX = "directrice@demo.opencrcn.fr";

  @Test
  @DisplayName(
      "An ENT teacher asks to join Collège Jean Moulin; the director accepts from the mailed link; the teacher enters Orga")
  void teacherAsksDirectorAccepts() {
    int mailsBefore = Inbox.of(DIRECTOR_MAILBOX).mails().size();
    EntWelcomePage.signInThroughTheEnt(browser, ENT_TEACHER, DemoAccounts.PASSWORD);
    EntWelcomePage welcome = new EntWelcomePage(browser);
    assertThat(welcome.schools()).containsExactly("Collège Jean Moulin (0381999Z)");
    String organizationId = welcome.joinOfferOrganizationId();
    assertThat(
            browser
                .findElement(By.cssSelector("#join-request-" + organizationId + " input"))
                .getAttribute("value"))
        .isEqualTo("Demander à rejoindre l'espace Orga");
    Accessibility.assertNoViolations(browser);

    EntWelcomePage asked = welcome.askToJoin(organizationId);

    assertThat(asked.text("messages"))
        .isEqualTo("Votre demande a été envoyée aux administrateurs de l'espace Orga.");
    assertThat(asked.text("join-request-pending-" + organizationId))
        .matches(
            "Demande envoyée le \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d, en attente de réponse d'un administrateur"
                + " de l'espace Orga de Collège Jean Moulin\\.");
    assertThat(asked.has("join-request-" + organizationId)).isFalse();
    Accessibility.assertNoViolations(browser);
    var mail = Inbox.of(DIRECTOR_MAILBOX).awaitMail(mailsBefore + 1);
    assertThat(mail.subject())
        .isEqualTo(
            "OpenCRCN : Nadia Benali demande à rejoindre l'espace Orga de Collège Jean Moulin");

    // The director, in another browser, follows the mailed link and signs in on the way.
    browser.quit();
    browser = Browser.start();
    browser.get(mail.link("/orga/demandes/"));
    new KeycloakLoginPage(browser).signIn(DemoAccounts.DIRECTOR.username, DemoAccounts.PASSWORD);
    MembersPage members = new MembersPage(browser);
    members.awaitPath("/orga/membres.xhtml?organization=" + organizationId);
    assertThat(members.text("join-requests-heading")).isEqualTo("Demandes d'accès");
    assertThat(members.joinRequests()).containsExactly("Nadia Benali");
    Accessibility.assertNoViolations(browser);

    members = members.decide("Accepter la demande : Nadia Benali");

    assertThat(members.message())
        .isEqualTo("Nadia Benali est maintenant membre de Collège Jean Moulin.");
    assertThat(members.has("join-requests")).isFalse();
    assertThat(members.members()).contains("Nadia Benali – Membre");
    Accessibility.assertNoViolations(browser);

    // The teacher, in a new browser, signs in through the ENT again and enters Orga.
    browser.quit();
    browser = Browser.start();
    EntWelcomePage.signInThroughTheEnt(browser, ENT_TEACHER, DemoAccounts.PASSWORD);
    EntWelcomePage back = new EntWelcomePage(browser);
    assertThat(back.text("teacher-member-" + organizationId))
        .isEqualTo("Vous êtes membre de l'espace Orga de Collège Jean Moulin.");
    OpenCrcnPage orga = back.continueToMySpace().awaitPath("/orga/");
    assertThat(orga.text("organization-name")).isEqualTo("Collège Jean Moulin");
    assertThat(orga.text("membership-role")).isEqualTo("Membre");

    OpenCrcnPage.open(browser, "/orga/membres.xhtml?organization=" + organizationId);
    new MembersPage(browser).leave();
  }
}
