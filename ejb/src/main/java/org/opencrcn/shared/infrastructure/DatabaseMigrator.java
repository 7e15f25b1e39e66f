package org.opencrcn.shared.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned schema migrations (and, when asked, the demo data) to a database. Plain
 * Java so that the migration rules are tested without a server.
 */
public final class DatabaseMigrator {
  static final String SCHEMA_LOCATION = "classpath:db/migration";
  static final String DEMO_LOCATION = "classpath:db/demo";

  /**
   * What only PostgreSQL can do (e.g. the trigger that keeps the audit log append-only): versions
   * in between the portable ones (V26.1), absent on H2.
   */
  static final String POSTGRESQL_LOCATION = "classpath:db/postgresql";

  private final DataSource dataSource;
  private final ClassLoader classLoader;

  public DatabaseMigrator(DataSource dataSource, ClassLoader classLoader) {
    this.dataSource = dataSource;
    this.classLoader = classLoader;
  }

  /**
   * Validates the migrations already applied, then applies the pending ones.
   *
   * @throws MigrationRefusedException when an applied migration was changed or the database is
   *     newer than this version of the application: nothing is applied then.
   */
  public MigrateResult migrate(boolean withDemoData) {
    List<String> locations = new ArrayList<>(List.of(SCHEMA_LOCATION));
    if (isPostgreSql()) {
      locations.add(POSTGRESQL_LOCATION);
    }
    if (withDemoData) {
      locations.add(DEMO_LOCATION);
    }
    Flyway flyway =
        Flyway.configure(classLoader)
            .dataSource(dataSource)
            .locations(locations.toArray(String[]::new))
            // Demo data is a repeatable migration: switching it on later must not be refused.
            .ignoreMigrationPatterns("repeatable:missing")
            // Versions are reserved per piece of work and land in any order (V21 after V28): a
            // database already at a higher version still gets the lower one it lacks.
            .outOfOrder(true)
            .validateOnMigrate(true)
            .load();
    try {
      return flyway.migrate();
    } catch (FlywayException e) {
      throw new MigrationRefusedException(e);
    }
  }

  private boolean isPostgreSql() {
    try (Connection connection = dataSource.getConnection()) {
      return connection
          .getMetaData()
          .getDatabaseProductName()
          .toLowerCase(Locale.ROOT)
          .contains("postgresql");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not tell which database this is", e);
    }
  }
}
