package org.opencrcn.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencrcn.shared.Settings;

/**
 * The people of the platform's Keycloak realm, through Keycloak's admin REST API with the JDK's
 * HTTP client: the application deletes a person there when an account is anonymised. It signs in as
 * the confidential client {@code opencrcn-admin} (client credentials), whose service account holds
 * only {@code manage-users} of the realm (keycloak-realm/README.md); the realm and the server are
 * those of the sign-in ({@code opencrcn.oidc.provider-url}).
 */
@ApplicationScoped
public class KeycloakUsers {
  private static final Logger LOG = Logger.getLogger(KeycloakUsers.class.getName());
  private static final String DEFAULT_PROVIDER = "http://localhost:8180/realms/opencrcn";

  /** The setting naming the admin client's id. */
  public static final String CLIENT_ID = "opencrcn.keycloak-admin.client-id";

  /**
   * The setting holding the admin client's secret ({@code OPENCRCN_KEYCLOAK_ADMIN_CLIENT_SECRET}).
   */
  public static final String CLIENT_SECRET = "opencrcn.keycloak-admin.client-secret";

  /** The demo secret of the admin client, committed in the realm file (refused in production). */
  public static final String COMMITTED_SECRET = "opencrcn-admin-dev-secret";

  private static final Pattern ACCESS_TOKEN =
      Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

  /** What became of the person in Keycloak. */
  public enum Deletion {
    /** Keycloak deleted the person. */
    DELETED,
    /** Keycloak has no person with that id (deleted before, or never there). */
    ABSENT,
    /** Keycloak could not be asked or refused (see the server log). */
    FAILED
  }

  /** Where Keycloak is and how the application signs in to its admin API. */
  record Access(URI server, String realm, String clientId, String clientSecret) {
    static Access fromSettings() {
      String provider = Settings.text("opencrcn.oidc.provider-url").orElse(DEFAULT_PROVIDER);
      int realms = provider.indexOf("/realms/");
      return new Access(
          URI.create(provider.substring(0, Math.max(0, realms))),
          provider.substring(realms + "/realms/".length()).replaceAll("/+$", ""),
          Settings.text(CLIENT_ID).orElse("opencrcn-admin"),
          Settings.text(CLIENT_SECRET).orElse(COMMITTED_SECRET));
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Access access;

  public KeycloakUsers() {
    this(null);
  }

  KeycloakUsers(Access access) {
    this.access = access;
  }

  /** Read at each call (a setting changed on a running server applies at once). */
  private Access access() {
    return access == null ? Access.fromSettings() : access;
  }

  /**
   * Deletes the person whose Keycloak id (an account's subject) is {@code userId}; never throws: a
   * failure is logged with its cause and answered {@link Deletion#FAILED}.
   */
  public Deletion delete(String userId) {
    Access to = access();
    try {
      String token = token(to);
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          to.server()
                              + "/admin/realms/"
                              + encoded(to.realm())
                              + "/users/"
                              + encoded(userId)))
                  .timeout(Duration.ofSeconds(10))
                  .header("Authorization", "Bearer " + token)
                  .DELETE()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return switch (answer.statusCode()) {
        case 204, 200 -> Deletion.DELETED;
        case 404 -> Deletion.ABSENT;
        default -> {
          LOG.warning(() -> "Keycloak refused to delete a person: HTTP " + answer.statusCode());
          yield Deletion.FAILED;
        }
      };
    } catch (IOException | IllegalStateException e) {
      LOG.warning(() -> "Could not delete a person in Keycloak: " + e);
      return Deletion.FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Deletion.FAILED;
    }
  }

  /** An access token of the admin client (client credentials grant). */
  private String token(Access to) throws IOException, InterruptedException {
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(to.clientId(), StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(to.clientSecret(), StandardCharsets.UTF_8);
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        to.server()
                            + "/realms/"
                            + encoded(to.realm())
                            + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher token = ACCESS_TOKEN.matcher(answer.body());
    if (answer.statusCode() != 200 || !token.find()) {
      throw new IllegalStateException(
          "Keycloak gave the admin client no token: HTTP " + answer.statusCode());
    }
    return token.group(1);
  }

  private static String encoded(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
