package org.opencrcn.shared.infrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The embedded H2 database only: after WildFly was killed, an identity column's generator may start
 * again below ids its table already holds (the crash test saw every new answer refused with
 * "primary key violation" after a restart: H2 had kept the answer rows, committed, but not the
 * generator's progress). At each start, before any request, every identity generator is moved past
 * the largest id of its table. PostgreSQL logs its sequences with the rows and needs none of this.
 */
final class H2IdentityRepair {
  private H2IdentityRepair() {}

  /** An identity column whose generator is behind its table. */
  record Repaired(String table, String column, long nextId) {}

  static List<Repaired> repair(DataSource dataSource) throws SQLException {
    List<Repaired> repaired = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
        return repaired;
      }
      List<String[]> identities = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet columns =
              statement.executeQuery(
                  "SELECT TABLE_NAME, COLUMN_NAME, IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS"
                      + " WHERE TABLE_SCHEMA = SCHEMA() AND IS_IDENTITY = 'YES'")) {
        while (columns.next()) {
          identities.add(
              new String[] {columns.getString(1), columns.getString(2), columns.getString(3)});
        }
      }
      for (String[] identity : identities) {
        String table = quoted(identity[0]);
        String column = quoted(identity[1]);
        long next = Long.parseLong(identity[2]);
        try (Statement statement = connection.createStatement();
            ResultSet max = statement.executeQuery("SELECT MAX(" + column + ") FROM " + table)) {
          max.next();
          long largest = max.getLong(1);
          if (!max.wasNull() && largest >= next) {
            statement.execute(
                "ALTER TABLE "
                    + table
                    + " ALTER COLUMN "
                    + column
                    + " RESTART WITH "
                    + (largest + 1));
            repaired.add(new Repaired(identity[0], identity[1], largest + 1));
          }
        }
      }
    }
    return repaired;
  }

  private static String quoted(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
