package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.EntWelcomePage;
import org.opencrcn.it.browser.pages.KeycloakLoginPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.Browser;
import org.opencrcn.it.support.DemoAccounts;
import org.opencrcn.it.support.WithKeycloak;

/**
 * First sign-ins through the demo ENT (realm ent-demo, users in ent-demo-realm.json, pupil records
 * of Collège Stendhal in the demo data): a director activates their school; a pupil whose record is
 * linked to the account they had before attaches the ENT to it; an ENT naming an unknown school or
 * no profile gets a page saying what to do.
 */
@ExtendWith(WithKeycloak.class)
class EntWelcomeBrowserIT extends BrowserJourney {

  @Test
  @DisplayName("An ENT director activates their school's Orga space in one click and lands in it")
  void directorActivatesTheirSchool() {
    EntWelcomePage.signInThroughTheEnt(browser, "sophie.perrin", DemoAccounts.PASSWORD);
    EntWelcomePage welcome = new EntWelcomePage(browser);
    assertThat(welcome.schools()).containsExactly("Lycée Champollion (0382888Y)");
    Accessibility.assertNoViolations(browser);

    OpenCrcnPage orga = welcome.activateSchool().awaitPath("/orga/");

    assertThat(orga.text("organization-name")).isEqualTo("Lycée Champollion");
    assertThat(orga.text("membership-role")).isEqualTo("Administrateur");
    assertThat(orga.describe())
        .contains("Vous administrez maintenant l'espace Orga de Lycée Champollion");
  }

  @Test
  @DisplayName(
      "A pupil whose record is linked to her local account attaches the ENT to it after typing its password")
  void pupilAttachesTheEntToHerAccount() {
    EntWelcomePage.signInThroughTheEnt(browser, "lea.martin", DemoAccounts.PASSWORD);
    EntWelcomePage welcome = new EntWelcomePage(browser).linkRecordWithBirthdate("2", "6", "2011");
    assertThat(welcome.text("pupil-refusal"))
        .startsWith("Votre dossier d'élève est déjà rattaché à un autre compte OpenCRCN");
    Accessibility.assertNoViolations(browser);

    KeycloakLoginPage login = welcome.startAttachment();
    assertThat(login.url()).contains("/realms/opencrcn/");
    login.signIn(DemoAccounts.PUPIL.username, DemoAccounts.PASSWORD);
    OpenCrcnPage confirm = new OpenCrcnPage(browser).awaitPath("/ent/rattacher.xhtml");
    assertThat(confirm.text("attach-offer")).contains("Léa Martin").contains("« eleve »");
    Accessibility.assertNoViolations(browser);
    confirm.submit("attach:confirm").awaitPath("/app/");

    // From now on the ENT opens her account, with its results (1.2 at level 2 in the demo data).
    browser.quit();
    browser = Browser.start();
    EntWelcomePage.signInThroughTheEnt(browser, "lea.martin", DemoAccounts.PASSWORD);
    OpenCrcnPage space = new OpenCrcnPage(browser).awaitPath("/app/");
    assertThat(space.text("welcome-name")).isEqualTo("Léa Martin");
    assertThat(space.text("tile-1.2")).contains("Niveau 2");
  }

  @Test
  @DisplayName("A pupil who goes on without linking her record finds the way back on her dashboard")
  void pupilLinksLater() {
    EntWelcomePage.signInThroughTheEnt(browser, "emma.petit", DemoAccounts.PASSWORD);
    OpenCrcnPage space = new EntWelcomePage(browser).continueToMySpace().awaitPath("/app/");
    assertThat(space.text("ent-link-record"))
        .startsWith("Vous n'êtes pas encore rattaché(e) à votre dossier d'élève");

    space.click("ent-link-record-link");
    EntWelcomePage welcome =
        new EntWelcomePage(browser).linkRecordWithBirthdate("30", "11", "2011");
    assertThat(welcome.describe())
        .contains("Vous êtes rattaché(e) à votre dossier d'élève de Collège Stendhal");
    assertThat(OpenCrcnPage.open(browser, "/app/index.xhtml").has("ent-link-record")).isFalse();
  }

  @Test
  @DisplayName(
      "An ENT naming a school the platform does not know, or no profile, gets a page saying what to do")
  void unknownSchoolOrNoProfile() {
    EntWelcomePage.signInThroughTheEnt(browser, "lucas.blanc", DemoAccounts.PASSWORD);
    EntWelcomePage unknown = new EntWelcomePage(browser);
    assertThat(unknown.text("ent-unknown-0389990A"))
        .contains("0389990A")
        .contains("n'est pas inscrit sur OpenCRCN");
    assertThat(unknown.schools()).isEmpty();
    Accessibility.assertNoViolations(browser);
    unknown.continueToMySpace().awaitPath("/app/");

    browser.quit();
    browser = Browser.start();
    EntWelcomePage.signInThroughTheEnt(browser, "chloe.roussel", DemoAccounts.PASSWORD);
    EntWelcomePage noProfile = new EntWelcomePage(browser);
    assertThat(noProfile.text("ent-no-profile")).contains("ne nous a pas dit si vous êtes élève");
    assertThat(noProfile.schools()).containsExactly("Lycée Champollion (0382888Y)");
  }
}
