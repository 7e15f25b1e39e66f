package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.KeycloakErrorPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.support.DemoAccounts;
import org.opencrcn.it.support.HttpSignIn;
import org.opencrcn.it.support.KeycloakAdmin;
import org.opencrcn.it.support.Urls;
import org.opencrcn.it.support.WithKeycloak;

/**
 * An ENT answer OpenCRCN cannot trust (unsigned, expired) ends on Keycloak's error page with the
 * opencrcn realm's own French text (localizationTexts of opencrcn-realm.json) and creates no
 * account. The ENT is made to misbehave through Keycloak's admin API, and put back whatever
 * happens.
 */
@ExtendWith(WithKeycloak.class)
class EntBadAssertionBrowserIT extends BrowserJourney {
  /** Teacher of Lycée Champollion in ent-demo-realm.json (uid ENT38-ENS-0005). */
  private static final String ENT_TEACHER = "julien.masson";

  private static final String BROKERED_USERNAME = "ent.ent38-ens-0005";
  private static final String WHAT_TO_DO =
      "Réessayez ; si cela continue, contactez l'administrateur de l'ENT de votre établissement.";

  private final KeycloakAdmin keycloak = new KeycloakAdmin();

  @Test
  @DisplayName(
      "An unsigned ENT answer ends on a French page saying what to do, and creates no account")
  void unsignedAnswerIsRefused() {
    NoNewAccount check = new NoNewAccount();

    keycloak.withClientAttributes(
        "ent-demo",
        "opencrcn-broker",
        Map.of("saml.assertion.signature", "false", "saml.server.signature", "false"),
        () -> {
          OpenCrcnPage.open(browser, "/")
              .clickEntSignIn()
              .signIn(ENT_TEACHER, DemoAccounts.PASSWORD);

          KeycloakErrorPage error = new KeycloakErrorPage(browser);
          assertThat(error.url()).contains("/realms/opencrcn/broker/ent/endpoint");
          assertThat(error.language()).isEqualTo("fr");
          assertThat(error.message())
              .isEqualTo(
                  "Votre ENT a envoyé une réponse que nous ne pouvons pas vérifier (signature absente ou invalide). "
                      + WHAT_TO_DO);
        });

    check.verify();
  }

  @Test
  @DisplayName(
      "An ENT assertion past its validity (Conditions) ends on a French page, and creates no account")
  void expiredAssertionIsRefused() {
    NoNewAccount check = new NoNewAccount();

    // The ENT (a Keycloak) dates the assertion's Conditions with its realm's accessCodeLifespan (60
    // s):
    // 1 s, no clock skew allowed by the broker (30 s in the realm), and the answer held 3 s.
    keycloak.withRealmSettings(
        "ent-demo",
        Map.of("accessCodeLifespan", 1),
        () ->
            withoutClockSkew(
                () -> {
                  HttpSignIn.Page error = signInHoldingTheAnswer();
                  assertThat(error.errorMessage())
                      .isEqualTo(
                          "Le délai de connexion est dépassé ou la réponse de votre ENT a expiré. Reconnectez-vous ; "
                              + "si cela continue avec votre ENT, contactez l'administrateur de l'ENT de votre établissement.");
                }));

    check.verify();
  }

  @Test
  @DisplayName(
      "An ENT answer whose subject confirmation has expired ends on a French page, and creates no account")
  void expiredSubjectConfirmationIsRefused() {
    NoNewAccount check = new NoNewAccount();

    // The client's assertion lifespan dates both the Conditions and the SubjectConfirmationData;
    // Keycloak 26.5 checks the latter first and answers with another message key.
    keycloak.withClientAttributes(
        "ent-demo",
        "opencrcn-broker",
        Map.of("saml.assertion.lifespan", "1"),
        () ->
            withoutClockSkew(
                () -> {
                  HttpSignIn.Page error = signInHoldingTheAnswer();
                  assertThat(error.errorMessage())
                      .isEqualTo(
                          "Votre ENT a envoyé une réponse que nous ne pouvons pas accepter (expirée, ou sans rapport "
                              + "avec cette connexion). "
                              + WHAT_TO_DO);
                }));

    check.verify();
  }

  private void withoutClockSkew(Runnable action) {
    keycloak.withIdentityProviderConfig("opencrcn", "ent", Map.of("allowedClockSkew", "0"), action);
  }

  /**
   * The ENT link's sign-in over HTTP, the ENT's answer held 3 s before it goes on to the broker (a
   * browser would post it at once); returns the broker's page.
   */
  private static HttpSignIn.Page signInHoldingTheAnswer() {
    HttpSignIn signIn = new HttpSignIn();
    HttpSignIn.Page entLogin = signIn.open(Urls.app("/signin?kc_idp_hint=ent&ui_locales=fr"));
    assertThat(entLogin.uri().toString()).contains("/realms/ent-demo/");
    HttpSignIn.Page answer = signIn.signIn(entLogin, ENT_TEACHER, DemoAccounts.PASSWORD);
    assertThat(answer.html()).contains("name=\"SAMLResponse\"");
    HttpSignIn.Page error = signIn.submitSamlPostBindingAfter(answer, Duration.ofSeconds(3));
    assertThat(error.status()).isEqualTo(400);
    assertThat(error.uri().toString()).contains("/realms/opencrcn/broker/ent/endpoint");
    assertThat(error.language()).isEqualTo("fr");
    return error;
  }

  /**
   * No account created by a refused sign-in, whatever ran before: the teacher's brokered account is
   * as it was (absent, unless an earlier test signed him in) and the realm has no more users.
   */
  private final class NoNewAccount {
    private final int users = keycloak.userCount("opencrcn");
    private final Optional<String> teacher = keycloak.userId("opencrcn", BROKERED_USERNAME);

    void verify() {
      assertThat(keycloak.userId("opencrcn", BROKERED_USERNAME)).isEqualTo(teacher);
      assertThat(keycloak.userCount("opencrcn")).isEqualTo(users);
    }
  }
}
