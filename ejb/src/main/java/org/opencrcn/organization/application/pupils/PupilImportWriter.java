package org.opencrcn.organization.application.pupils;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.opencrcn.organization.domain.siecle.SiecleRecord;
import org.opencrcn.organization.infrastructure.PupilTableWriter;

/**
 * Writes every pupil of an accepted file in one transaction: all of them or, on any failure, none.
 * Internal to the import job, like {@link PupilImportSteps}: package-private, no EJB view, so that
 * nothing outside the job writes pupils into an organisation it names.
 */
@Dependent
class PupilImportWriter {
  @Resource(lookup = "java:jboss/datasources/OpenCrcnDS")
  private DataSource dataSource;

  /**
   * Writes the pupils and, in the same transaction, marks the import done: if the import was marked
   * failed meanwhile ({@link InterruptedImports} took this server for dead), nothing is written, so
   * that the page never says "failed" of pupils that were imported (the director imports again).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  PupilTableWriter.Counts write(
      long importId,
      long organizationId,
      List<SiecleRecord> records,
      int skipped,
      IntConsumer progress) {
    try (Connection connection = dataSource.getConnection()) {
      Instant now = Instant.now();
      PupilTableWriter.Counts counts =
          new PupilTableWriter(connection, now).write(organizationId, records, progress);
      if (!done(connection, importId, counts, skipped, now)) {
        throw new IllegalStateException(
            "Pupils import " + importId + " was marked failed while writing; nothing written");
      }
      return counts;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Writing the pupils of organisation " + organizationId + " failed", e);
    }
  }

  private static boolean done(
      Connection connection,
      long importId,
      PupilTableWriter.Counts counts,
      int skipped,
      Instant now)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "update pupil_import set status = 'DONE', written_count = total_count,"
                + " created_count = ?, updated_count = ?, unchanged_count = ?,"
                + " disabled_count = ?, skipped_count = ?, finished_at = ?"
                + " where id = ? and status = 'WRITING'")) {
      update.setInt(1, counts.created());
      update.setInt(2, counts.updated());
      update.setInt(3, counts.unchanged());
      update.setInt(4, counts.disabled());
      update.setInt(5, skipped);
      update.setObject(6, PupilImportSteps.utc(now));
      update.setLong(7, importId);
      return update.executeUpdate() == 1;
    }
  }
}
