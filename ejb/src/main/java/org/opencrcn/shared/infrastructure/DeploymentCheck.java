package org.opencrcn.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.opencrcn.shared.Settings;

/**
 * Refuses to deploy the application when {@link DemoSafeguard} finds a demonstration's value in
 * place without the explicit demo flag: each problem on a line of its own in the server log, then
 * the deployment fails. Runs right after the schema migration (the demo accounts are rows).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DeploymentCheck {
  static final String DEMO_DATA = "opencrcn.demo-data";
  private static final Logger LOG = Logger.getLogger(DeploymentCheck.class.getName());
  private static final String DEFAULT_PROVIDER = "http://localhost:8180/realms/opencrcn";

  @Resource(lookup = "java:jboss/datasources/OpenCrcnDS")
  private DataSource dataSource;

  @PostConstruct
  void check() {
    List<String> problems = problems(Settings.flag(DEMO_DATA, false));
    if (problems.isEmpty()) {
      return;
    }
    problems.forEach(problem -> LOG.severe(() -> "Refusing to start: " + problem));
    throw new IllegalStateException(
        "OpenCRCN refuses to start without the demo flag ("
            + DEMO_DATA
            + "=true) while demonstration values are in place:\n"
            + String.join("\n", problems));
  }

  /** What the check would say with this demo flag, from the server's real configuration. */
  public List<String> problems(boolean demo) {
    return DemoSafeguard.problems(
        new DemoSafeguard.Facts(
            demo,
            // The server reads the secret from this variable only (configure-server.cli).
            Settings.text("opencrcn.oidc.client-secret"),
            Settings.text("opencrcn.keycloak-admin.client-secret"),
            demoEntServed(),
            demoAccounts(),
            Settings.flag("opencrcn.secure-cookies", true)));
  }

  /**
   * Whether the Keycloak of the sign-in also answers for the demo ENT's realm. A Keycloak not
   * reachable yet (started after WildFly) cannot tell: logged, not refused.
   */
  private boolean demoEntServed() {
    String provider = Settings.text("opencrcn.oidc.provider-url").orElse(DEFAULT_PROVIDER);
    int realms = provider.indexOf("/realms/");
    if (realms < 0) {
      return false;
    }
    URI entDemo = URI.create(provider.substring(0, realms) + "/realms/ent-demo");
    try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()) {
      HttpResponse<Void> answer =
          http.send(
              HttpRequest.newBuilder(entDemo).timeout(Duration.ofSeconds(5)).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      return answer.statusCode() == 200;
    } catch (IOException e) {
      LOG.warning(() -> "Could not ask Keycloak whether it serves the demo ENT: " + e);
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private int demoAccounts() {
    String marks = String.join(",", DemoSafeguard.DEMO_SUBJECTS.stream().map(s -> "?").toList());
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count =
            connection.prepareStatement(
                "select count(*) from account where subject in (" + marks + ")")) {
      for (int i = 0; i < DemoSafeguard.DEMO_SUBJECTS.size(); i++) {
        count.setString(i + 1, DemoSafeguard.DEMO_SUBJECTS.get(i));
      }
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not count the demo accounts", e);
    }
  }
}
