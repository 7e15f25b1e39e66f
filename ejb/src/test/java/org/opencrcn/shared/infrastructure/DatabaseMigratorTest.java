package org.opencrcn.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The migration rules, on a real (in-memory) H2 database of the version WildFly ships. */
class DatabaseMigratorTest {
  private JdbcDataSource dataSource;
  private DatabaseMigrator migrator;

  @BeforeEach
  void freshDatabase() {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    migrator = new DatabaseMigrator(dataSource, getClass().getClassLoader());
  }

  @Test
  @DisplayName("A new database gets the schema and the CRCN frame: 5 areas, 16 competences")
  void createsSchema() throws SQLException {
    var result = migrator.migrate(false);

    assertThat(result.migrationsExecuted).isEqualTo(versionedMigrationFiles());
    assertThat(count("select count(*) from area")).isEqualTo(5);
    assertThat(count("select count(*) from competence")).isEqualTo(16);
    assertThat(count("select count(*) from organization")).isZero();
  }

  /** Every V<n>__*.sql the module ships: a new database runs each once. */
  private static int versionedMigrationFiles() {
    try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
      return (int)
          files.filter(file -> file.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("Migrating again changes nothing")
  void secondRunIsANoOp() {
    migrator.migrate(true);

    var second = migrator.migrate(true);

    assertThat(second.migrationsExecuted).isZero();
  }

  @Test
  @DisplayName("Demo data is added only on request, and adding it twice adds nothing more")
  void demoDataIsIdempotent() throws SQLException {
    migrator.migrate(false);
    migrator.migrate(true);
    long accounts = count("select count(*) from account");
    long memberships = count("select count(*) from organization_membership");

    execute("delete from \"flyway_schema_history\" where \"type\" = 'SQL' and \"version\" is null");
    migrator.migrate(true);

    // The five demo users and the four pupils of the demo campaign (no Keycloak login).
    assertThat(accounts).isEqualTo(9);
    assertThat(memberships).isEqualTo(2);
    assertThat(count("select count(*) from account")).isEqualTo(accounts);
    assertThat(count("select count(*) from organization_membership")).isEqualTo(memberships);
    // The officer runs two centres: Jean Moulin's and Stendhal's, whose demo session has its 3A
    // pupils and the demo pupil Léa Martin (eleve), who has knowledge in 5 competences.
    assertThat(count("select count(*) from certification_centre_membership")).isEqualTo(2);
    assertThat(count("select count(*) from certification_session where demo")).isEqualTo(1);
    assertThat(count("select count(*) from certification_session")).isEqualTo(1);
    assertThat(count("select count(*) from certification_candidate")).isEqualTo(3);
    assertThat(
            count(
                "select count(distinct k.competence_code) from knowledge_element k"
                    + " join account a on a.id = k.account_id"
                    + " where a.username = 'eleve' and k.status = 'VALIDATED'"))
        .isEqualTo(5);
    assertThat(count("select count(*) from knowledge_element")).isEqualTo(55);
  }

  @Test
  @DisplayName(
      "A migration edited after it ran is refused with a clear message, and nothing is applied")
  void tamperedMigrationIsRefused() throws SQLException {
    migrator.migrate(false);
    execute(
        "update \"flyway_schema_history\" set \"checksum\" = \"checksum\" + 1 where \"version\" = '1'");

    assertThatThrownBy(() -> migrator.migrate(true))
        .isInstanceOf(MigrationRefusedException.class)
        .hasMessageContaining("does not match this version of OpenCRCN")
        .hasMessageContaining("checksum");
    assertThat(count("select count(*) from account")).isZero();
  }

  @Test
  @DisplayName(
      "A database at a higher version still gets a lower one it lacks (versions land in any order)")
  void lowerVersionLandedLaterIsApplied() throws SQLException {
    migrator.migrate(false);
    // As if V21 had landed on main after the database reached V28.
    execute("drop table job_run");
    execute("delete from \"flyway_schema_history\" where \"version\" = '21'");

    migrator.migrate(false);

    assertThat(count("select count(*) from job_run")).isZero();
    assertThat(count("select count(*) from \"flyway_schema_history\" where \"version\" = '21'"))
        .isEqualTo(1);
  }

  @Test
  @DisplayName(
      "A new database holding only the job repository's tables (the server creates them at start) gets the whole schema")
  void jobRepositoryTablesDoNotStopTheFirstMigration() throws SQLException {
    // As JBeret's H2 script creates them (sql/jberet.ddl), reduced to their keys.
    execute("create table JOB_INSTANCE (JOBINSTANCEID bigint primary key, JOBNAME varchar(512))");
    execute("create table JOB_EXECUTION (JOBEXECUTIONID bigint primary key, JOBINSTANCEID bigint)");
    execute("create table STEP_EXECUTION (STEPEXECUTIONID bigint primary key)");
    execute("create table PARTITION_EXECUTION (PARTITIONEXECUTIONID int, STEPEXECUTIONID bigint)");
    execute("insert into JOB_INSTANCE values (1, 'pupil-import')");

    var result = migrator.migrate(false);

    assertThat(result.migrationsExecuted).isEqualTo(versionedMigrationFiles());
    assertThat(count("select count(*) from competence")).isEqualTo(16);
    assertThat(count("select count(*) from JOB_INSTANCE")).as("left as they were").isEqualTo(1);
    assertThat(migrator.migrate(false).migrationsExecuted).isZero();
  }

  @Test
  @DisplayName(
      "A database holding other tables but no migration history is refused: nothing is created in it")
  void someoneElsesSchemaIsRefused() throws SQLException {
    execute("create table JOB_INSTANCE (JOBINSTANCEID bigint primary key)");
    execute("create table invoice (id bigint primary key)");

    assertThatThrownBy(() -> migrator.migrate(false))
        .isInstanceOf(MigrationRefusedException.class)
        .hasMessageContaining("non-empty schema");
    assertThat(
            count(
                "select count(*) from information_schema.tables where lower(table_name) = 'competence'"))
        .isZero();
  }

  private long count(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
