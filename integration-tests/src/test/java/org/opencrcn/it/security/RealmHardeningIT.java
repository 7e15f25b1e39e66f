package org.opencrcn.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.support.HttpSignIn;
import org.opencrcn.it.support.KeycloakAdmin;
import org.opencrcn.it.support.Urls;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.json.Json;

/**
 * The opencrcn realm as imported from keycloak-realm (docs/security.md, findings 4 and 8), read
 * through the real Keycloak's admin and account APIs.
 */
@ExtendWith(WithKeycloak.class)
class RealmHardeningIT {
  private static final String REALM = "opencrcn";
  private final KeycloakAdmin keycloak = new KeycloakAdmin();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  @DisplayName("A password shorter than 12 characters is refused, a 12-character passphrase taken")
  void passwordPolicy() {
    String run = UUID.randomUUID().toString().substring(0, 8);

    assertThat(keycloak.createUserStatus(REALM, "court-" + run, "Soleil-2025")).isEqualTo(400);
    assertThat(keycloak.createUserStatus(REALM, "phrase-" + run, "chat vert pomme")).isEqualTo(201);
    assertThat(keycloak.realm(REALM).get("passwordPolicy")).asString().contains("length(12)");
  }

  @Test
  @DisplayName("Failed sign-ins block an account for a while after 10, never for good")
  void temporaryLockoutOnly() {
    Map<String, Object> realm = keycloak.realm(REALM);

    assertThat(realm.get("bruteForceProtected")).isEqualTo(true);
    assertThat(realm.get("permanentLockout")).isEqualTo(false);
    assertThat(number(realm, "failureFactor")).isEqualTo(10);
    assertThat(number(realm, "maxFailureWaitSeconds")).isPositive();
  }

  @Test
  @DisplayName("No 'remember me', and sessions and tokens have set lifetimes")
  void sessionsAndTokens() {
    Map<String, Object> realm = keycloak.realm(REALM);

    assertThat(realm.get("rememberMe")).isEqualTo(false);
    assertThat(number(realm, "accessTokenLifespan")).isEqualTo(300);
    assertThat(number(realm, "ssoSessionIdleTimeout")).isEqualTo(3600);
    assertThat(number(realm, "ssoSessionMaxLifespan")).isEqualTo(36000);
    assertThat(number(realm, "accessCodeLifespan")).isEqualTo(60);
    assertThat(realm.get("offlineSessionMaxLifespanEnabled")).isEqualTo(true);
  }

  @Test
  @DisplayName(
      "A learner cannot change their names or e-mail through Keycloak's account service (names match"
          + " pupil records)")
  void learnerCannotEditNamesOrEmail() throws Exception {
    String username = "nommee-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Nom-verrouille-" + username;
    String id =
        keycloak.createUser(REALM, username, "Léonie", "Fixe", username + "@example.org", password);
    String token = learnerToken(username, password);

    HttpResponse<String> update =
        http.send(
            HttpRequest.newBuilder(URI.create(KeycloakAdmin.url("/realms/" + REALM + "/account/")))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        new Json()
                            .toJson(
                                Map.of(
                                    "username",
                                    username,
                                    "firstName",
                                    "Autre",
                                    "lastName",
                                    "Élève",
                                    "email",
                                    "autre-" + username + "@example.org"))))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    // Keycloak's account service is off for the realm (client "account" disabled).
    assertThat(update.statusCode()).as("answer %s", update.body()).isEqualTo(404);
    assertThat(update.body()).contains("account management not enabled");
    Map<String, Object> user = keycloak.user(REALM, id);
    assertThat(user.get("firstName")).isEqualTo("Léonie");
    assertThat(user.get("lastName")).isEqualTo("Fixe");
    assertThat(user.get("email")).isEqualTo(username + "@example.org");
    assertThat(keycloak.defaultRoleNames(REALM)).doesNotContain("manage-account");
  }

  @Test
  @DisplayName(
      "Asking Keycloak for its profile form (kc_action=UPDATE_PROFILE) does not give it to a learner")
  void noProfileFormOnRequest() {
    String username = "forme-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Profil-ferme-" + username;
    String id =
        keycloak.createUser(REALM, username, "Noé", "Figé", username + "@example.org", password);
    HttpSignIn http = new HttpSignIn();
    HttpSignIn.Page login =
        http.open(
            KeycloakAdmin.url(
                "/realms/"
                    + REALM
                    + "/protocol/openid-connect/auth?client_id=opencrcn-web&response_type=code"
                    + "&scope=openid&kc_action=UPDATE_PROFILE"
                    + S256_CHALLENGE
                    + "&redirect_uri="
                    + URLEncoder.encode(Urls.app("/"), StandardCharsets.UTF_8)));

    HttpSignIn.Page after = http.signIn(login, username, password);

    assertThat(after.html()).doesNotContain("name=\"firstName\"").doesNotContain("name=\"email\"");
    assertThat(keycloak.user(REALM, id).get("firstName")).isEqualTo("Noé");
  }

  @Test
  @DisplayName(
      "PKCE with S256 is required of the application's client: Keycloak refuses a request without a"
          + " challenge or with a plain one (the application's own requests: SecurityHeadersIT)")
  void pkceRequired() throws Exception {
    String request =
        "/realms/"
            + REALM
            + "/protocol/openid-connect/auth?client_id=opencrcn-web&response_type=code&scope=openid"
            + "&redirect_uri="
            + URLEncoder.encode(Urls.app("/"), StandardCharsets.UTF_8);
    HttpResponse<Void> withoutChallenge = authorizationRequest(request);
    HttpResponse<Void> plainChallenge =
        authorizationRequest(
            request + "&code_challenge=" + "p".repeat(43) + "&code_challenge_method=plain");
    HttpResponse<Void> s256Challenge = authorizationRequest(request + S256_CHALLENGE);

    for (HttpResponse<Void> refused : List.of(withoutChallenge, plainChallenge)) {
      assertThat(refused.statusCode()).isEqualTo(302);
      assertThat(location(refused))
          .startsWith(Urls.app("/"))
          .contains("error=invalid_request")
          .doesNotContain("&code=")
          .doesNotContain("?code=");
    }
    assertThat(s256Challenge.statusCode()).as("the sign-in form").isEqualTo(200);
  }

  /**
   * A challenge of the right form (the SHA-256 of some verifier, base64url): Keycloak's form opens.
   */
  private static final String S256_CHALLENGE =
      "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";

  private HttpResponse<Void> authorizationRequest(String path)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(KeycloakAdmin.url(path))).build(),
        HttpResponse.BodyHandlers.discarding());
  }

  private static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  private static long number(Map<String, Object> representation, String key) {
    return ((Number) representation.get(key)).longValue();
  }

  /**
   * A learner's token from the realm's public admin-cli client (password grant), as a script of the
   * learner's could get one: what the account API accepts from the learner.
   */
  private String learnerToken(String username, String password)
      throws IOException, InterruptedException {
    String form =
        "grant_type=password&client_id=admin-cli&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        KeycloakAdmin.url("/realms/" + REALM + "/protocol/openid-connect/token")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as("token: %s", answer.body()).isEqualTo(200);
    Map<String, Object> token = new Json().toType(answer.body(), Json.MAP_TYPE);
    return (String) token.get("access_token");
  }
}
