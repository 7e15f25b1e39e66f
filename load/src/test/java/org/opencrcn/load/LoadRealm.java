package org.opencrcn.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares the load test's own Keycloak (a fresh database for each run) through its admin API: a
 * cheap password hash (one PBKDF2 iteration: hashing is Keycloak's cost, not the answer path's),
 * access tokens that outlive the run (no token refresh in the measured phase), and the learners'
 * accounts, created in batches by a partial import.
 */
final class LoadRealm {
  private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  private static final int BATCH = 500;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI keycloak;
  private final String admin;
  private final String adminPassword;

  LoadRealm(URI keycloak, String admin, String adminPassword) {
    this.keycloak = keycloak;
    this.admin = admin;
    this.adminPassword = adminPassword;
  }

  /** Learners 1 to {@code count}, each with the password given. */
  void prepare(int count, String password) throws IOException, InterruptedException {
    send(
        "PUT",
        "admin/realms/opencrcn",
        "{\"passwordPolicy\":\"hashAlgorithm(pbkdf2-sha256) and hashIterations(1)\","
            + "\"accessTokenLifespan\":7200,\"ssoSessionIdleTimeout\":7200,"
            + "\"bruteForceProtected\":false}");
    for (int first = 1; first <= count; first += BATCH) {
      StringBuilder users = new StringBuilder();
      for (int number = first; number < first + BATCH && number <= count; number++) {
        if (users.length() > 0) {
          users.append(',');
        }
        users
            .append("{\"username\":\"")
            .append(LoadLearner.username(number))
            .append("\",\"enabled\":true,\"firstName\":\"Élève\",\"lastName\":\"Charge ")
            .append(number)
            .append("\",\"attributes\":{\"locale\":[\"fr\"]},")
            .append("\"realmRoles\":[\"default-roles-opencrcn\",\"learner\"],")
            .append("\"credentials\":[{\"type\":\"password\",\"value\":\"")
            .append(password)
            .append("\",\"temporary\":false}]}");
      }
      send(
          "POST",
          "admin/realms/opencrcn/partialImport",
          "{\"ifResourceExists\":\"SKIP\",\"users\":[" + users + "]}");
    }
  }

  private void send(String method, String path, String json)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(keycloak.resolve(path))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IOException(
          method + " " + path + ": " + response.statusCode() + " " + response.body());
    }
  }

  /** A fresh token of the master realm's administrator (they last one minute). */
  private String token() throws IOException, InterruptedException {
    String form =
        "grant_type=password&client_id=admin-cli&username="
            + URLEncoder.encode(admin, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(keycloak.resolve("realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher token = TOKEN.matcher(response.body());
    if (response.statusCode() != 200 || !token.find()) {
      throw new IOException("No admin token from Keycloak: " + response.statusCode());
    }
    return token.group(1);
  }
}
