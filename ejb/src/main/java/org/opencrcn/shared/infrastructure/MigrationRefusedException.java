package org.opencrcn.shared.infrastructure;

/**
 * The database does not match the migrations shipped with the application (a migration was edited
 * after it ran, or the database is newer): the application refuses to start rather than run on a
 * schema it does not know.
 */
public class MigrationRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MigrationRefusedException(Exception cause) {
    super(
        "The database schema does not match this version of OpenCRCN or could not be migrated;"
            + " nothing was changed: "
            + cause.getMessage(),
        cause);
  }
}
