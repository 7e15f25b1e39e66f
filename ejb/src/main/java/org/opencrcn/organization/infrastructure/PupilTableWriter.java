package org.opencrcn.organization.infrastructure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.opencrcn.organization.domain.siecle.SiecleRecord;

/**
 * Writes the checked pupils of one file to the {@code pupil} table with batched JDBC, in the
 * caller's transaction: insert the new INEs, update the changed ones (a re-import of the same file
 * changes no row), disable those absent from the file. Plain JDBC so that the server's job and the
 * benchmark run the same code; what exists is read once, as a fingerprint per INE.
 */
public final class PupilTableWriter {
  static final int BATCH = 1_000;

  /** What the import did. */
  public record Counts(int created, int updated, int unchanged, int disabled) {}

  private record Existing(long id, boolean active, long fingerprint) {}

  private final Connection connection;
  private final Instant now;

  public PupilTableWriter(Connection connection, Instant now) {
    this.connection = connection;
    this.now = now;
  }

  /**
   * @param progress told the number of pupils written so far, every batch
   */
  public Counts write(long organizationId, List<SiecleRecord> records, IntConsumer progress)
      throws SQLException {
    Map<String, Existing> existing = existing(organizationId);
    Timestamp at = Timestamp.from(now);
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO pupil (family_name, usage_name, first_name, second_name, third_name, sex, birthdate,"
                    + " birth_country_code, birth_department_code, birth_town_code, birth_town, mef_code, status, division,"
                    + " organization_id, ine, active, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,TRUE,?,?)");
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE pupil SET family_name = ?, usage_name = ?, first_name = ?, second_name = ?, third_name = ?, sex = ?,"
                    + " birthdate = ?, birth_country_code = ?, birth_department_code = ?, birth_town_code = ?, birth_town = ?,"
                    + " mef_code = ?, status = ?, division = ?, active = TRUE, disabled_at = NULL, updated_at = ? WHERE id = ?")) {
      int pending = 0;
      int written = 0;
      for (SiecleRecord record : records) {
        Existing known = existing.remove(record.ine());
        if (known == null) {
          int next = bindFields(insert, record);
          insert.setLong(next, organizationId);
          insert.setString(next + 1, record.ine());
          insert.setTimestamp(next + 2, at);
          insert.setTimestamp(next + 3, at);
          insert.addBatch();
          created++;
          pending++;
        } else if (!known.active() || known.fingerprint() != fingerprint(record)) {
          int next = bindFields(update, record);
          update.setTimestamp(next, at);
          update.setLong(next + 1, known.id());
          update.addBatch();
          updated++;
          pending++;
        } else {
          unchanged++;
        }
        written++;
        if (pending >= BATCH) {
          insert.executeBatch();
          update.executeBatch();
          pending = 0;
          progress.accept(written);
        }
      }
      insert.executeBatch();
      update.executeBatch();
      progress.accept(written);
    }
    return new Counts(created, updated, unchanged, disable(existing, at));
  }

  /** The pupils left in {@code absent} are not in the file: disabled, class and link kept. */
  private int disable(Map<String, Existing> absent, Timestamp at) throws SQLException {
    int disabled = 0;
    try (PreparedStatement disable =
        connection.prepareStatement(
            "UPDATE pupil SET active = FALSE, disabled_at = ?, updated_at = ? WHERE id = ?")) {
      for (Existing pupil : absent.values()) {
        if (pupil.active()) {
          disable.setTimestamp(1, at);
          disable.setTimestamp(2, at);
          disable.setLong(3, pupil.id());
          disable.addBatch();
          if (++disabled % BATCH == 0) {
            disable.executeBatch();
          }
        }
      }
      disable.executeBatch();
    }
    return disabled;
  }

  private Map<String, Existing> existing(long organizationId) throws SQLException {
    Map<String, Existing> existing = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, ine, active, family_name, usage_name, first_name, second_name, third_name, sex, birthdate,"
                + " birth_country_code, birth_department_code, birth_town_code, birth_town, mef_code, status, division"
                + " FROM pupil WHERE organization_id = ?")) {
      select.setLong(1, organizationId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          Date birthdate = rows.getDate(10);
          SiecleRecord stored =
              new SiecleRecord(
                  rows.getString(2),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getString(6),
                  rows.getString(7),
                  rows.getString(8),
                  rows.getString(9),
                  birthdate == null ? null : birthdate.toLocalDate(),
                  rows.getString(11),
                  rows.getString(12),
                  rows.getString(13),
                  rows.getString(14),
                  rows.getString(15),
                  rows.getString(16),
                  rows.getString(17));
          existing.put(
              stored.ine(), new Existing(rows.getLong(1), rows.getBoolean(3), fingerprint(stored)));
        }
      }
    }
    return existing;
  }

  private static int bindFields(PreparedStatement statement, SiecleRecord record)
      throws SQLException {
    String[] texts = {
      record.familyName(),
      record.usageName(),
      record.firstName(),
      record.secondName(),
      record.thirdName(),
      record.sex()
    };
    int index = 1;
    for (String text : texts) {
      setText(statement, index++, text);
    }
    statement.setDate(index++, Date.valueOf(record.birthdate()));
    for (String text :
        new String[] {
          record.birthCountryCode(),
          record.birthDepartmentCode(),
          record.birthTownCode(),
          record.birthTown(),
          record.mefCode(),
          record.status(),
          record.division()
        }) {
      setText(statement, index++, text);
    }
    return index;
  }

  private static void setText(PreparedStatement statement, int index, String text)
      throws SQLException {
    if (text == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, text);
    }
  }

  /** 64-bit FNV-1a of every stored field: equal fingerprints mean nothing to update. */
  static long fingerprint(SiecleRecord record) {
    long hash = 0xcbf29ce484222325L;
    Object[] fields = {
      record.familyName(),
      record.usageName(),
      record.firstName(),
      record.secondName(),
      record.thirdName(),
      record.sex(),
      record.birthdate(),
      record.birthCountryCode(),
      record.birthDepartmentCode(),
      record.birthTownCode(),
      record.birthTown(),
      record.mefCode(),
      record.status(),
      record.division()
    };
    for (Object field : fields) {
      String text = field == null ? "\u0000" : field.toString();
      for (int i = 0; i < text.length(); i++) {
        hash ^= text.charAt(i);
        hash *= 0x100000001b3L;
      }
      hash ^= 0x1f;
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
