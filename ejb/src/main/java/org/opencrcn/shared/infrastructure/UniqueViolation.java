package org.opencrcn.shared.infrastructure;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Whether a database error is the refusal of a unique constraint: H2 and PostgreSQL both report
 * SQLState 23505 and name the constraint in the message. Used where two requests at the same moment
 * may both pass a service's check and the database alone can tell the second one.
 */
public final class UniqueViolation {
  /** SQLState of a unique (or primary key) violation. */
  public static final String SQL_STATE = "23505";

  private UniqueViolation() {}

  /**
   * @param thrown what the persistence layer threw (the JDBC error is searched in its causes)
   * @param constraint the constraint's name as the migration wrote it, any case
   */
  public static boolean of(Throwable thrown, String constraint) {
    String name = constraint.toLowerCase(Locale.ROOT);
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql
          && SQL_STATE.equals(sql.getSQLState())
          && sql.getMessage() != null
          && sql.getMessage().toLowerCase(Locale.ROOT).contains(name)) {
        return true;
      }
    }
    return false;
  }
}
