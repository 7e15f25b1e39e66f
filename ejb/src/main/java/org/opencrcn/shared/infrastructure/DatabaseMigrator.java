package org.opencrcn.shared.infrastructure;

import java.util.ArrayList;
import java.util.List;
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
    if (withDemoData) {
      locations.add(DEMO_LOCATION);
    }
    Flyway flyway =
        Flyway.configure(classLoader)
            .dataSource(dataSource)
            .locations(locations.toArray(String[]::new))
            // Demo data is a repeatable migration: switching it on later must not be refused.
            .ignoreMigrationPatterns("repeatable:missing")
            .validateOnMigrate(true)
            .load();
    try {
      return flyway.migrate();
    } catch (FlywayException e) {
      throw new MigrationRefusedException(e);
    }
  }
}
