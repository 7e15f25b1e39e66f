package org.opencrcn.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two nodes firing the same nightly timer: two connections, each in its own transaction, claim the
 * same run of table {@code job_run} (created by the V21 migration itself); one wins, the other
 * skips, whichever order their inserts and commits come in.
 */
class RunClaimTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 6);
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 12, 6, 3, 41, 0, 0, ZoneOffset.UTC);
  private final String url = "jdbc:h2:mem:jobs-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
  private Connection node1;
  private Connection node2;

  @BeforeEach
  void twoNodesOnOneDatabase() throws SQLException, IOException {
    node1 = DriverManager.getConnection(url);
    node2 = DriverManager.getConnection(url);
    try (Statement statement = node1.createStatement()) {
      statement.execute(migration());
    }
    node1.setAutoCommit(false);
    node2.setAutoCommit(false);
  }

  @AfterEach
  void close() throws SQLException {
    node1.close();
    node2.close();
  }

  @Test
  @DisplayName("Both claim before either commits: the second waits, then skips; one row, node1's")
  void concurrentClaims() throws Exception {
    assertThat(RunClaim.claim(node1, "activation-retention", DAY, "node1", NOW)).isTrue();
    CompletableFuture<Boolean> second =
        CompletableFuture.supplyAsync(() -> claim(node2, "activation-retention", "node2"));
    node1.commit();
    assertThat(second.get(30, TimeUnit.SECONDS)).isFalse();
    node2.rollback();
    assertThat(runs("activation-retention")).isEqualTo("node1");
  }

  @Test
  @DisplayName("A claim after the winner committed skips at once")
  void lateClaim() throws SQLException {
    assertThat(RunClaim.claim(node2, "import-retention", DAY, "node2", NOW)).isTrue();
    node2.commit();
    assertThat(RunClaim.claim(node1, "import-retention", DAY, "node1", NOW)).isFalse();
    node1.rollback();
    assertThat(runs("import-retention")).isEqualTo("node2");
  }

  @Test
  @DisplayName("Another job, or the same job the next day, is a run of its own")
  void otherRuns() throws SQLException {
    assertThat(RunClaim.claim(node1, "invitation-retention", DAY, "node1", NOW)).isTrue();
    assertThat(RunClaim.claim(node1, "attachment-retention", DAY, "node1", NOW)).isTrue();
    assertThat(RunClaim.claim(node1, "invitation-retention", DAY.plusDays(1), "node1", NOW))
        .isTrue();
    node1.commit();
  }

  private static boolean claim(Connection connection, String job, String node) {
    try {
      return RunClaim.claim(connection, job, DAY, node, NOW);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The nodes that ran the job on DAY, comma-separated. */
  private String runs(String job) throws SQLException {
    StringBuilder nodes = new StringBuilder();
    try (Connection reader = DriverManager.getConnection(url);
        Statement statement = reader.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT node FROM job_run WHERE job = '"
                    + job
                    + "' AND run_day = DATE '2026-12-06'")) {
      while (result.next()) {
        nodes.append(nodes.isEmpty() ? "" : ",").append(result.getString(1));
      }
    }
    return nodes.toString();
  }

  private static String migration() throws IOException {
    try (InputStream in =
        RunClaimTest.class.getResourceAsStream("/db/migration/V21__job_runs.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
