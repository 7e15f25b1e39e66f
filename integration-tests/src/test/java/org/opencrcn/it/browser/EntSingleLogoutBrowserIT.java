package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.KeycloakLoginPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.support.KeycloakAdmin;
import org.opencrcn.it.support.TestData;
import org.opencrcn.it.support.Urls;
import org.opencrcn.it.support.WithKeycloak;

/**
 * Signing out of OpenCRCN after an ENT sign-in ends the three sessions a shared school computer
 * would otherwise keep: the application's, Keycloak's (realm opencrcn) and the ENT's (realm
 * ent-demo, through the broker's back-channel SAML logout).
 */
@ExtendWith(WithKeycloak.class)
class EntSingleLogoutBrowserIT extends BrowserJourney {
  private final KeycloakAdmin keycloak = new KeycloakAdmin();

  @Test
  @DisplayName(
      "Signing out ends the application, Keycloak and ENT sessions: each asks for the password again")
  void signOutEndsAllThreeSessions() {
    TestData.EntPerson pupil =
        data.entPerson(
            "Inès", "Sortante", "National_ELV", "2nde B", data.school("Lycée ENT").uai());
    OpenCrcnPage.open(browser, "/").clickEntSignIn().signIn(pupil.username(), pupil.password());
    OpenCrcnPage signedIn = new OpenCrcnPage(browser).awaitEntLanding();
    String entUser = keycloak.userId("ent-demo", pupil.username()).orElseThrow();
    // Her account in the opencrcn realm: the broker's username template ent.${ATTRIBUTE.uid}.
    String brokeredUser = keycloak.userId("opencrcn", pupil.brokeredUsername()).orElseThrow();
    // Without these, "no session left" below would prove nothing.
    assertThat(keycloak.sessionCount("ent-demo", entUser)).isPositive();
    assertThat(keycloak.sessionCount("opencrcn", brokeredUser)).isPositive();

    signedIn.signOut().awaitPath("/");

    // The strongest check: Keycloak itself holds no session of hers in either realm.
    assertThat(keycloak.sessionCount("opencrcn", brokeredUser)).isZero();
    assertThat(keycloak.sessionCount("ent-demo", entUser)).isZero();
    // (a) The application session is gone: a protected page sends the pupil to Keycloak...
    browser.get(Urls.app("/app/index.xhtml"));
    // (b) ...whose own session is gone too: its login form, not an automatic sign-in back to /app/.
    KeycloakLoginPage keycloakLogin = new KeycloakLoginPage(browser);
    assertThat(keycloakLogin.url()).contains("/realms/opencrcn/");
    // (c) The ENT session is gone: choosing the ENT shows its password form again.
    KeycloakLoginPage entLogin = keycloakLogin.signInWith("ent");
    assertThat(entLogin.url()).contains("/realms/ent-demo/");
  }
}
