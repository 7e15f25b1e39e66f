package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.KeycloakLoginPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.support.Colour;
import org.opencrcn.it.support.Screens;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Keycloak's sign-in pages in the platform's look (the opencrcn login theme) and in French; the
 * demo ENT's page stays French even for a browser that prefers English (a school ENT speaks French,
 * and the SAML request that leads there carries no language).
 */
@ExtendWith(WithKeycloak.class)
class SignInScreensBrowserIT extends BrowserJourney {
  /** OpenCRCN's default brand colour, #1d3f8f, as the browser computes it. */
  private static final Colour BRAND = Colour.parse("rgb(29, 63, 143)");

  @Test
  @DisplayName("On a phone, the sign-in page is French, in the brand colour, and fits 375 px")
  void themedFrenchSignIn() {
    Screens.emulate(browser, Screens.PHONE_WIDTH, 812);
    KeycloakLoginPage login = OpenCrcnPage.open(browser, "/").clickSignIn();

    assertThat(login.language()).isEqualTo("fr");
    WebElement signIn = browser.findElement(By.id("kc-login"));
    assertThat(signIn.getText()).as("Keycloak's French label").isEqualTo("Connexion");
    assertThat(Screens.colour(browser, signIn, "background-color")).isEqualTo(BRAND);
    assertThat(Screens.colour(browser, signIn, "color").contrastWith(BRAND))
        .isGreaterThanOrEqualTo(4.5);
    Screens.assertNoHorizontalScroll(browser);
    Screens.assertTargetsAtLeast24Px(browser);
    Screens.assertFocusVisible(browser, 12);
  }

  @Test
  @DisplayName(
      "With an English browser, the demo ENT's sign-in page reached from the app is French")
  void entSignInIsFrench() {
    preferEnglish();
    KeycloakLoginPage ent = OpenCrcnPage.open(browser, "/").clickEntSignIn();

    assertThat(ent.url()).contains("/realms/ent-demo/");
    assertThat(ent.language()).isEqualTo("fr");
  }

  /** What a browser set to English sends: Accept-Language: en-GB,en. */
  private void preferEnglish() {
    String userAgent = (String) browser.executeScript("return navigator.userAgent;");
    browser.executeCdpCommand(
        "Network.setUserAgentOverride",
        Map.of("userAgent", userAgent, "acceptLanguage", "en-GB,en"));
  }
}
