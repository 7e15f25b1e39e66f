package org.opencrcn.identity.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.identity.infrastructure.KeycloakUsers.Access;
import org.opencrcn.identity.infrastructure.KeycloakUsers.Deletion;

/**
 * The Keycloak adapter against a stand-in for Keycloak's token endpoint and admin API (the real
 * Keycloak: KeycloakAnonymisationIT): what it asks, and how it reads each answer.
 */
class KeycloakUsersTest {
  private HttpServer server;
  private final List<String> asked = new ArrayList<>();
  private int deleteStatus = 204;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/realms/opencrcn/protocol/openid-connect/token",
        exchange -> {
          String form =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          asked.add("token " + form);
          if (form.contains("client_secret=right")) {
            answer(exchange, 200, "{\"access_token\":\"abc.def.ghi\",\"expires_in\":60}");
          } else {
            answer(exchange, 401, "{\"error\":\"unauthorized_client\"}");
          }
        });
    server.createContext(
        "/admin/realms/opencrcn/users/",
        exchange -> {
          asked.add(
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestURI().getRawPath()
                  + " "
                  + exchange.getRequestHeaders().getFirst("Authorization"));
          answer(exchange, deleteStatus, "");
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private KeycloakUsers users(String secret) {
    return new KeycloakUsers(
        new Access(
            URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
            "opencrcn",
            "opencrcn-admin",
            secret));
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  @Test
  @DisplayName(
      "Signs in as the admin client (client credentials), then deletes the user by id with its token")
  void deletes() {
    Deletion deletion = users("right").delete("6f0c1c2e-0001-4a5b-9c1d-000000000001");

    assertThat(deletion).isEqualTo(Deletion.DELETED);
    assertThat(asked)
        .containsExactly(
            "token grant_type=client_credentials&client_id=opencrcn-admin&client_secret=right",
            "DELETE /admin/realms/opencrcn/users/6f0c1c2e-0001-4a5b-9c1d-000000000001"
                + " Bearer abc.def.ghi");
  }

  @Test
  @DisplayName("A user Keycloak does not know is absent, not a failure")
  void absent() {
    deleteStatus = 404;

    assertThat(users("right").delete("nobody")).isEqualTo(Deletion.ABSENT);
  }

  @Test
  @DisplayName(
      "A refused secret, a refused deletion or no Keycloak at all is a failure, never an exception")
  void failures() {
    assertThat(users("wrong").delete("someone")).isEqualTo(Deletion.FAILED);
    assertThat(asked).hasSize(1);

    deleteStatus = 403;
    assertThat(users("right").delete("someone")).isEqualTo(Deletion.FAILED);

    KeycloakUsers unreachable = users("right");
    server.stop(0);
    assertThat(unreachable.delete("someone")).isEqualTo(Deletion.FAILED);
  }

  @Test
  @DisplayName("An id is one path segment: nothing in it reaches another address of the API")
  void idEncoded() {
    users("right").delete("../../clients");

    assertThat(asked.get(1)).startsWith("DELETE /admin/realms/opencrcn/users/..%2F..%2Fclients ");
  }
}
