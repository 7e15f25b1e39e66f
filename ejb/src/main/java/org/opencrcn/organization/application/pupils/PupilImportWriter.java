package org.opencrcn.organization.application.pupils;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.transaction.Transactional;
import java.sql.Connection;
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

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  PupilTableWriter.Counts write(
      long organizationId, List<SiecleRecord> records, IntConsumer progress) {
    try (Connection connection = dataSource.getConnection()) {
      return new PupilTableWriter(connection, Instant.now())
          .write(organizationId, records, progress);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Writing the pupils of organisation " + organizationId + " failed", e);
    }
  }
}
