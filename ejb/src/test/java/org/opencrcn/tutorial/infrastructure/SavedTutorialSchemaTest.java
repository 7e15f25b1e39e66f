package org.opencrcn.tutorial.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.shared.infrastructure.DatabaseMigrator;

/**
 * The saved_tutorial table on H2 of the version WildFly ships. The service checks before saving,
 * but two clicks at the same moment both pass that check: the constraint keeps one.
 */
class SavedTutorialSchemaTest {
  private static final String INSERT =
      "insert into saved_tutorial (account_id, url, skill_name, title, format, duration_minutes, saved_at)"
          + " values (%d, 'https://fr.wikipedia.org/wiki/Moteur_de_recherche', '%s', 'Moteur', 'page', 5, current_timestamp)";

  private JdbcDataSource dataSource;

  @BeforeEach
  void migratedDatabaseWithASkill() throws SQLException {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    new DatabaseMigrator(dataSource, getClass().getClassLoader()).migrate(true);
    execute(
        "insert into tube (name, competence_code, title) values ('rechinfo', '1.1', 'Recherche')");
    execute(
        "insert into skill (name, tube_name, level, pix_numerator, pix_denominator, active)"
            + " values ('@rechinfo1', 'rechinfo', 1, 8, 1, true), ('@rechinfo2', 'rechinfo', 2, 8, 1, true)");
  }

  @Test
  @DisplayName("A learner saves a tutorial's address once, even when two skills recommend it")
  void oncePerLearnerAndAddress() throws SQLException {
    execute(INSERT.formatted(1, "@rechinfo1"));

    assertThatThrownBy(() -> execute(INSERT.formatted(1, "@rechinfo2")))
        .isInstanceOf(SQLException.class);
    execute(INSERT.formatted(2, "@rechinfo1"));
    assertThat(count()).isEqualTo(2);
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private long count() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        var rows = statement.executeQuery("select count(*) from saved_tutorial")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
