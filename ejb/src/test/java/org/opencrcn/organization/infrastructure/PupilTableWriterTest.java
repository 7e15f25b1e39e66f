package org.opencrcn.organization.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.organization.domain.siecle.SiecleRecord;
import org.opencrcn.shared.infrastructure.DatabaseMigrator;

/** The upsert by INE on the real schema (H2, Flyway): new, changed, unchanged, absent pupils. */
class PupilTableWriterTest {
  private Connection connection;
  private long school;

  @BeforeEach
  void schema() throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    new DatabaseMigrator(dataSource, getClass().getClassLoader()).migrate(false);
    connection = dataSource.getConnection();
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO organization (type, name, uai) VALUES ('SCO', 'Collège', '0381999Z')");
      try (ResultSet id = statement.executeQuery("SELECT id FROM organization")) {
        id.next();
        school = id.getLong(1);
      }
    }
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  @DisplayName("A first import creates every pupil; the same file again changes no row")
  void idempotent() throws SQLException {
    List<SiecleRecord> file = List.of(pupil("A1", "MARTIN", "6A"), pupil("B2", "LEFÈVRE", "5B"));

    PupilTableWriter.Counts first = writer("2025-09-01T08:00:00Z").write(school, file, n -> {});
    PupilTableWriter.Counts second = writer("2025-09-02T08:00:00Z").write(school, file, n -> {});

    assertThat(first).isEqualTo(new PupilTableWriter.Counts(2, 0, 0, 0));
    assertThat(second).isEqualTo(new PupilTableWriter.Counts(0, 0, 2, 0));
    assertThat(rows())
        .containsExactly("A1 MARTIN 6A true 2025-09-01", "B2 LEFÈVRE 5B true 2025-09-01");
  }

  @Test
  @DisplayName(
      "Changed pupils are updated, absent ones disabled with their class kept, returning ones enabled")
  void upsertAndDisable() throws SQLException {
    writer("2025-09-01T08:00:00Z")
        .write(school, List.of(pupil("A1", "MARTIN", "6A"), pupil("B2", "LEFÈVRE", "5B")), n -> {});

    PupilTableWriter.Counts counts =
        writer("2025-09-02T08:00:00Z")
            .write(
                school, List.of(pupil("A1", "MARTIN", "5A"), pupil("C3", "SMITH", "6A")), n -> {});

    assertThat(counts).isEqualTo(new PupilTableWriter.Counts(1, 1, 0, 1));
    assertThat(rows())
        .containsExactly(
            "A1 MARTIN 5A true 2025-09-02",
            "B2 LEFÈVRE 5B false 2025-09-02",
            "C3 SMITH 6A true 2025-09-02");

    PupilTableWriter.Counts back =
        writer("2025-09-03T08:00:00Z")
            .write(
                school,
                List.of(
                    pupil("A1", "MARTIN", "5A"),
                    pupil("B2", "LEFÈVRE", "5B"),
                    pupil("C3", "SMITH", "6A")),
                n -> {});

    assertThat(back).isEqualTo(new PupilTableWriter.Counts(0, 1, 2, 0));
    assertThat(rows()).contains("B2 LEFÈVRE 5B true 2025-09-03");
  }

  @Test
  @DisplayName("Progress is told after each batch and at the end")
  void progress() throws SQLException {
    List<SiecleRecord> file = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      file.add(pupil("INE" + i, "NOM" + i, "6A"));
    }
    List<Integer> told = new ArrayList<>();

    writer("2025-09-01T08:00:00Z").write(school, file, told::add);

    assertThat(told).containsExactly(1_000, 2_000, 2_500);
  }

  private PupilTableWriter writer(String at) {
    return new PupilTableWriter(connection, Instant.parse(at));
  }

  private List<String> rows() throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT ine, family_name, division, active, updated_at FROM pupil ORDER BY ine")) {
      while (result.next()) {
        rows.add(
            result.getString(1)
                + " "
                + result.getString(2)
                + " "
                + result.getString(3)
                + " "
                + result.getBoolean(4)
                + " "
                + result.getObject(5, java.time.OffsetDateTime.class).toLocalDate());
      }
    }
    return rows;
  }

  private static SiecleRecord pupil(String ine, String familyName, String division) {
    return new SiecleRecord(
        ine,
        familyName,
        null,
        "Léa",
        null,
        null,
        "F",
        LocalDate.of(2012, 3, 14),
        "99100",
        "038",
        "38185",
        null,
        "10310019110",
        "ST",
        division);
  }
}
