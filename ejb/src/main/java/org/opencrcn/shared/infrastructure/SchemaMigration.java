package org.opencrcn.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.opencrcn.shared.Settings;

/**
 * Brings the schema up to date when the application is deployed, before any service runs. Demo data
 * is added when {@link Settings#demoData()} is on (the run and test commands set it; production
 * does not).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "java:jboss/datasources/OpenCrcnDS")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    boolean demo = Settings.demoData();
    MigrateResult result =
        new DatabaseMigrator(dataSource, getClass().getClassLoader()).migrate(demo);
    LOG.info(
        () ->
            "Database schema up to date: %d migrations applied now, demo data %s"
                .formatted(result.migrationsExecuted, demo ? "on" : "off"));
    try {
      H2IdentityRepair.repair(dataSource)
          .forEach(
              repaired ->
                  LOG.warning(
                      () ->
                          "H2 after an unclean stop: ids of %s.%s continue at %d (its generator was behind its rows)"
                              .formatted(repaired.table(), repaired.column(), repaired.nextId())));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not check the H2 identity generators", e);
    }
  }
}
