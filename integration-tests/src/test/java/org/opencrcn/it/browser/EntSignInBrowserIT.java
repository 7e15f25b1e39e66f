package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.KeycloakLoginPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.browser.pages.QuestionPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.Browser;
import org.opencrcn.it.support.DemoAccounts;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.By;

/**
 * Signing in through the demo ENT (realm ent-demo of keycloak-realm), which the opencrcn realm
 * brokers over SAML 2.0: Keycloak offers the ENT, the ENT's own login page asks for the password,
 * and the pupil comes back to OpenCRCN signed in, as the same account every time.
 */
@ExtendWith(WithKeycloak.class)
class EntSignInBrowserIT extends BrowserJourney {
  /** Pupil of Collège Jean Moulin (0381999Z) in ent-demo-realm.json; uid ENT38-ELV-0001. */
  private static final String ENT_PUPIL = "hugo.roux";
  /** Pupil of Lycée Champollion (0382888Y); uid ENT38-ELV-0004. */
  private static final String ENT_PUPIL_OF_LYCEE = "ines.faure";

  @Test
  @DisplayName("An ENT pupil signs in through the ENT and is the same account at the next sign-in")
  void entPupilSignsInTwiceAsTheSameAccount() {
    KeycloakLoginPage login = OpenCrcnPage.open(browser, "/").clickSignIn();
    assertThat(login.identityProviderLabel("ent")).isEqualTo("Se connecter avec mon ENT");

    KeycloakLoginPage entLogin = login.signInWith("ent");
    assertThat(entLogin.url()).contains("/realms/ent-demo/");
    entLogin.signIn(ENT_PUPIL, DemoAccounts.PASSWORD);

    OpenCrcnPage space = new OpenCrcnPage(browser).awaitPath("/app/");
    assertThat(space.text("welcome-name")).isEqualTo("Hugo Roux");
    assertThat(space.text("tile-1.1")).contains("Non commencée");
    Accessibility.assertNoViolations(browser);
    // Something only this account has: one answer (skipped) in competence 1.1.
    browser.findElement(By.cssSelector("#tile-1\\.1 input[type=submit]")).click();
    new OpenCrcnPage(browser).awaitPath("/app/test.xhtml");
    QuestionPage.awaitTestPage(browser);
    new QuestionPage(browser).skip();

    // A second sign-in from a new browser (no session left anywhere) goes through the ENT again.
    browser.quit();
    browser = Browser.start();
    KeycloakLoginPage again = OpenCrcnPage.open(browser, "/").clickSignIn().signInWith("ent");
    again.signIn(ENT_PUPIL, DemoAccounts.PASSWORD);

    OpenCrcnPage back = new OpenCrcnPage(browser).awaitPath("/app/");
    assertThat(back.text("welcome-name")).isEqualTo("Hugo Roux");
    assertThat(back.text("tile-1.1")).doesNotContain("Non commencée");
  }

  @Test
  @DisplayName("Signing out of OpenCRCN ends the ENT session too: the ENT asks for the password again")
  void signOutEndsTheEntSession() {
    KeycloakLoginPage entLogin = OpenCrcnPage.open(browser, "/").clickSignIn().signInWith("ent");
    entLogin.signIn(ENT_PUPIL_OF_LYCEE, DemoAccounts.PASSWORD);
    OpenCrcnPage space = new OpenCrcnPage(browser).awaitPath("/app/");

    OpenCrcnPage home = space.signOut().awaitPath("/");

    // Without single logout, the ENT would sign the pupil in again without showing its page.
    KeycloakLoginPage again = home.clickSignIn().signInWith("ent");
    assertThat(again.url()).contains("/realms/ent-demo/");
  }
}
