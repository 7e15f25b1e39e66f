package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.KeycloakLoginPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.support.TestData;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.By;

/**
 * "Se connecter avec mon ENT" on the home page skips Keycloak's page: kc_idp_hint, forwarded by the
 * OIDC client, sends the pupil straight to the ENT.
 */
@ExtendWith(WithKeycloak.class)
class EntDirectSignInBrowserIT extends BrowserJourney {

  @Test
  @DisplayName(
      "The home page's ENT sign-in opens the ENT's login page directly and signs the pupil in")
  void entSignInGoesStraightToTheEnt() {
    TestData.EntPerson pupil =
        data.entPerson("Inès", "Directe", "National_ELV", "2nde B", data.school("Lycée ENT").uai());
    OpenCrcnPage home = OpenCrcnPage.open(browser, "/");
    assertThat(home.text("ent-sign-in")).isEqualTo("Se connecter avec mon ENT");

    // Nothing is clicked on the way: had Keycloak shown its own page, the journey would stop there.
    KeycloakLoginPage entLogin = home.clickEntSignIn();
    assertThat(entLogin.url()).contains("/realms/ent-demo/");
    assertThat(browser.findElements(By.id("social-ent"))).isEmpty();

    entLogin.signIn(pupil.username(), pupil.password());
    OpenCrcnPage signedIn = new OpenCrcnPage(browser).awaitEntLanding();
    assertThat(signedIn.has("signout")).isTrue();
    // Signed in, the home page no longer offers it.
    assertThat(OpenCrcnPage.open(browser, "/").has("ent-sign-in")).isFalse();
  }
}
