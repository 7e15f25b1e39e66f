package org.opencrcn.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The answers the database holds, read with plain JDBC (H2 file once WildFly stopped, or
 * PostgreSQL).
 */
public final class AnswerTable {
  private final String url;
  private final String user;
  private final String password;

  public AnswerTable(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** How many rows each (test, challenge) pair has. */
  public Map<AnswerKey, Integer> rowsPerAnswer() throws SQLException {
    return rowsPer(
        "SELECT assessment_id, challenge_id, COUNT(*) FROM answer"
            + " GROUP BY assessment_id, challenge_id");
  }

  /**
   * How many answered rows each (certification course, challenge) pair has: a certification answer
   * is written on its question's row (planned before, {@code result} empty until answered).
   */
  public Map<AnswerKey, Integer> certificationRowsPerAnswer() throws SQLException {
    return rowsPer(
        "SELECT course_id, challenge_id, COUNT(*) FROM certification_challenge"
            + " WHERE result IS NOT NULL GROUP BY course_id, challenge_id");
  }

  private Map<AnswerKey, Integer> rowsPer(String sql) throws SQLException {
    Map<AnswerKey, Integer> rows = new HashMap<>();
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.put(new AnswerKey(result.getLong(1), result.getString(2)), result.getInt(3));
      }
    }
    return rows;
  }
}
