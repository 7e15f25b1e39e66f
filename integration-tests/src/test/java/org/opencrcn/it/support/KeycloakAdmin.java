package org.opencrcn.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openqa.selenium.json.Json;

/**
 * Keycloak's admin REST API on the test Keycloak, as the bootstrap administrator KeycloakServer
 * creates: what a test checks behind the browser (sessions, accounts) and the temporary realm
 * changes some tests make, always undone.
 */
public final class KeycloakAdmin {
  static final String USERNAME = "it-admin";
  static final String PASSWORD = "it-admin-password";

  private static final Json JSON = new Json();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** Keycloak as the tests reach it (the realms' issuer and redirect addresses name localhost). */
  public static String url(String path) {
    return "http://localhost:" + Integer.getInteger("it.keycloak.port", 18180) + path;
  }

  /** The id of a realm's user, when that username exists. */
  public Optional<String> userId(String realm, String username) {
    List<Map<String, Object>> users =
        list("/admin/realms/" + realm + "/users?exact=true&username=" + encode(username));
    return users.stream().map(user -> (String) user.get("id")).findFirst();
  }

  /**
   * Creates an enabled user with a password (no action required at sign-in), as an administrator
   * would in Keycloak's console; returns the user's id, the subject of their tokens.
   */
  public String createUser(
      String realm,
      String username,
      String firstName,
      String lastName,
      String email,
      String password) {
    return createUser(realm, username, firstName, lastName, email, password, Map.of());
  }

  /** Same, with attributes of the user's own (what an ENT asserts: uid, profiles, UAIs...). */
  public String createUser(
      String realm,
      String username,
      String firstName,
      String lastName,
      String email,
      String password,
      Map<String, List<String>> attributes) {
    Map<String, List<String>> allAttributes = new HashMap<>(attributes);
    allAttributes.put("locale", List.of("fr"));
    Map<String, Object> user =
        Map.of(
            "username", username,
            "enabled", true,
            "emailVerified", true,
            "firstName", firstName,
            "lastName", lastName,
            "email", email,
            "attributes", allAttributes,
            "credentials",
                List.of(Map.of("type", "password", "value", password, "temporary", false)));
    send(
        request("/admin/realms/" + realm + "/users")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.toJson(user))));
    return userId(realm, username)
        .orElseThrow(() -> new IllegalStateException("User " + username + " not created"));
  }

  /** Gives the user a realm role (e.g. platform-admin). */
  public void grantRealmRole(String realm, String userId, String role) {
    Map<String, Object> representation = object("/admin/realms/" + realm + "/roles/" + role);
    send(
        request("/admin/realms/" + realm + "/users/" + userId + "/role-mappings/realm")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.toJson(List.of(representation)))));
  }

  /** The realm's settings as the admin API shows them (password policy, lockout, lifetimes...). */
  public Map<String, Object> realm(String realm) {
    return object("/admin/realms/" + realm);
  }

  /** A user as the admin API shows them (names, e-mail, enabled...). */
  public Map<String, Object> user(String realm, String userId) {
    return object("/admin/realms/" + realm + "/users/" + userId);
  }

  /** The names of the roles (realm and client roles) every new person of the realm gets. */
  public List<String> defaultRoleNames(String realm) {
    return list("/admin/realms/" + realm + "/roles/default-roles-" + realm + "/composites").stream()
        .map(role -> (String) role.get("name"))
        .toList();
  }

  /**
   * The status of creating a user with this password (201 created, 400 refused by the password
   * policy); a created user is deleted again.
   */
  public int createUserStatus(String realm, String username, String password) {
    Map<String, Object> user =
        Map.of(
            "username",
            username,
            "enabled",
            true,
            "firstName",
            "Essai",
            "lastName",
            "Politique",
            "credentials",
            List.of(Map.of("type", "password", "value", password, "temporary", false)));
    try {
      HttpResponse<String> response =
          http.send(
              request("/admin/realms/" + realm + "/users")
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(JSON.toJson(user)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      userId(realm, username)
          .ifPresent(id -> send(request("/admin/realms/" + realm + "/users/" + id).DELETE()));
      return response.statusCode();
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak's admin API did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public int userCount(String realm) {
    return Integer.parseInt(send(request("/admin/realms/" + realm + "/users/count").GET()).trim());
  }

  /** The user's online sessions in that realm (what "Sign out" must leave empty). */
  public int sessionCount(String realm, String userId) {
    return list("/admin/realms/" + realm + "/users/" + userId + "/sessions").size();
  }

  /**
   * Runs the action with some attributes of a realm's client changed, then puts their former values
   * back, whatever the action did.
   */
  public void withClientAttributes(
      String realm, String clientId, Map<String, String> changes, Runnable action) {
    Map<String, Object> client =
        list("/admin/realms/" + realm + "/clients?clientId=" + encode(clientId)).getFirst();
    String path = "/admin/realms/" + realm + "/clients/" + client.get("id");
    withChanged(path, client, "attributes", changes, action);
  }

  /** Same for the config of a realm's identity provider. */
  public void withIdentityProviderConfig(
      String realm, String alias, Map<String, String> changes, Runnable action) {
    String path = "/admin/realms/" + realm + "/identity-provider/instances/" + alias;
    withChanged(path, object(path), "config", changes, action);
  }

  /**
   * Same for realm settings (accessCodeLifespan...): only the given ones are sent, then put back.
   */
  public void withRealmSettings(String realm, Map<String, Object> changes, Runnable action) {
    String path = "/admin/realms/" + realm;
    Map<String, Object> current = object(path);
    Map<String, Object> before = new HashMap<>();
    changes.keySet().forEach(setting -> before.put(setting, current.get(setting)));
    put(path, changes);
    try {
      action.run();
    } finally {
      put(path, before);
    }
  }

  private void withChanged(
      String path,
      Map<String, Object> representation,
      String mapName,
      Map<String, String> changes,
      Runnable action) {
    @SuppressWarnings("unchecked")
    Map<String, Object> before = (Map<String, Object>) representation.get(mapName);
    Map<String, Object> changed = new HashMap<>(before);
    changed.putAll(changes);
    // Keycloak keeps an attribute missing from an update; an empty value removes it.
    Map<String, Object> restored = new HashMap<>(before);
    changes.keySet().forEach(key -> restored.putIfAbsent(key, ""));
    put(path, with(representation, mapName, changed));
    try {
      action.run();
    } finally {
      put(path, with(representation, mapName, restored));
    }
    requireRestored(path, mapName, before, changes.keySet());
  }

  /** A change left behind would make later tests fail for reasons of their own: say it here. */
  private void requireRestored(
      String path, String mapName, Map<String, Object> before, Set<String> keys) {
    @SuppressWarnings("unchecked")
    Map<String, Object> now = (Map<String, Object>) object(path).get(mapName);
    for (String key : keys) {
      if (!Objects.equals(blankAsNull(before.get(key)), blankAsNull(now.get(key)))) {
        throw new IllegalStateException(
            path + " " + mapName + "." + key + " not restored: " + now.get(key));
      }
    }
  }

  private static Object blankAsNull(Object value) {
    return "".equals(value) ? null : value;
  }

  private static Map<String, Object> with(
      Map<String, Object> representation, String key, Object value) {
    Map<String, Object> copy = new HashMap<>(representation);
    copy.put(key, value);
    return copy;
  }

  private List<Map<String, Object>> list(String path) {
    return JSON.toType(send(request(path).GET()), Json.LIST_OF_MAPS_TYPE);
  }

  private Map<String, Object> object(String path) {
    return JSON.toType(send(request(path).GET()), Json.MAP_TYPE);
  }

  private void put(String path, Map<String, Object> representation) {
    send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(JSON.toJson(representation))));
  }

  /** A fresh token per call: the master realm's tokens live one minute, shorter than some tests. */
  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(url(path)))
        .timeout(Duration.ofSeconds(20))
        .header("Authorization", "Bearer " + accessToken());
  }

  private String accessToken() {
    String form =
        "grant_type=password&client_id=admin-cli&username="
            + encode(USERNAME)
            + "&password="
            + encode(PASSWORD);
    HttpRequest.Builder token =
        HttpRequest.newBuilder(URI.create(url("/realms/master/protocol/openid-connect/token")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    Map<String, Object> answer = JSON.toType(send(token), Json.MAP_TYPE);
    return (String) answer.get("access_token");
  }

  private String send(HttpRequest.Builder request) {
    try {
      HttpRequest built = request.build();
      HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            built.method()
                + " "
                + built.uri()
                + " answered "
                + response.statusCode()
                + ": "
                + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak's admin API did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
