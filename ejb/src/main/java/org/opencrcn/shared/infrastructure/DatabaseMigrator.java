package org.opencrcn.shared.infrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

  /**
   * JBeret's job repository (configure-server.cli): the server creates these tables in the
   * application's schema when it starts, before the first deployment migrates a new database.
   */
  static final Set<String> JOB_REPOSITORY_TABLES =
      Set.of("job_instance", "job_execution", "step_execution", "partition_execution");

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
            // A new database already holds the job repository's tables (created at server start):
            // they alone do not make it someone else's schema, which Flyway refuses to touch.
            // Version 0 records that; every migration from V1 on is then applied.
            .baselineOnMigrate(holdsOnlyJobRepository())
            .baselineVersion("0")
            .baselineDescription("job repository tables only")
            .load();
    try {
      return flyway.migrate();
    } catch (FlywayException e) {
      throw new MigrationRefusedException(e);
    }
  }

  /** No table but the job repository's (and no schema history): a new database. */
  private boolean holdsOnlyJobRepository() {
    try (Connection connection = dataSource.getConnection();
        ResultSet tables =
            connection
                .getMetaData()
                .getTables(
                    connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
      boolean any = false;
      while (tables.next()) {
        String table = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (!JOB_REPOSITORY_TABLES.contains(table)) {
          return false;
        }
        any = true;
      }
      return any;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not list the tables of the database", e);
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
