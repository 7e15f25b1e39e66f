package org.opencrcn.shared.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.opencrcn.shared.infrastructure.UniqueViolation;

/**
 * The claim of a scheduled run in table {@code job_run} (V21), with plain JDBC on the caller's
 * connection and transaction: the first node to insert the (job, day) row runs the job, any other
 * gets a unique violation (SQLState 23505, H2 and PostgreSQL alike) and skips it. The row commits
 * with the caller's transaction; until then a competing insert waits (PostgreSQL) or fails at once.
 */
public final class RunClaim {
  private RunClaim() {}

  /**
   * Inserts the run's row: {@code true} when this node won the run, {@code false} when another node
   * claimed it already. Any other database problem is thrown.
   */
  public static boolean claim(
      Connection connection, String job, LocalDate day, String node, OffsetDateTime now)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO job_run (job, run_day, node, claimed_at) VALUES (?, ?, ?, ?)")) {
      insert.setString(1, job);
      insert.setObject(2, day);
      insert.setString(3, node);
      insert.setObject(4, now);
      insert.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (UniqueViolation.SQL_STATE.equals(e.getSQLState())) {
        return false;
      }
      throw e;
    }
  }
}
