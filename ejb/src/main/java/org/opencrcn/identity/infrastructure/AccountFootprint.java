package org.opencrcn.identity.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Whether anything in the database refers to an account (results, memberships, a pupil record…).
 * The referring columns are read from the database's own foreign keys, so a table added by a later
 * migration is counted without anyone remembering to list it here. They are read once: migrations
 * run before the application serves anyone.
 */
@ApplicationScoped
public class AccountFootprint {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  @Resource(lookup = "java:jboss/datasources/OpenCrcnDS")
  private DataSource dataSource;

  private volatile List<String[]> references;

  /**
   * True when no row of any table refers to the account: it can be deleted without losing anything.
   */
  public boolean isEmpty(long accountId) {
    try (Connection connection = dataSource.getConnection()) {
      if (references == null) {
        references = List.copyOf(referencesToAccount(connection));
      }
      for (String[] reference : references) {
        if (refers(connection, reference[0], reference[1], accountId)) {
          return false;
        }
      }
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not look for rows referring to account " + accountId, e);
    }
  }

  /** (table, column) pairs of the foreign keys to {@code account}, in the connection's schema. */
  private static List<String[]> referencesToAccount(Connection connection) throws SQLException {
    DatabaseMetaData metadata = connection.getMetaData();
    String schema = connection.getSchema();
    List<String[]> references = new ArrayList<>();
    for (String table : List.of("account", "ACCOUNT")) {
      try (ResultSet keys = metadata.getExportedKeys(connection.getCatalog(), schema, table)) {
        while (keys.next()) {
          references.add(
              new String[] {keys.getString("FKTABLE_NAME"), keys.getString("FKCOLUMN_NAME")});
        }
      }
      if (!references.isEmpty()) {
        break;
      }
    }
    if (references.isEmpty()) {
      throw new IllegalStateException(
          "No foreign key to the account table found in schema " + schema);
    }
    return references;
  }

  private static boolean refers(Connection connection, String table, String column, long accountId)
      throws SQLException {
    if (!IDENTIFIER.matcher(table).matches() || !IDENTIFIER.matcher(column).matches()) {
      throw new IllegalStateException(
          "Unexpected identifier in the schema: " + table + "." + column);
    }
    try (PreparedStatement query =
        connection.prepareStatement("select 1 from " + table + " where " + column + " = ?")) {
      query.setLong(1, accountId);
      query.setMaxRows(1);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }
}
