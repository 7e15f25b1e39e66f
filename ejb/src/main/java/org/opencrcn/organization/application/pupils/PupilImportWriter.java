package org.opencrcn.organization.application.pupils;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
 * Internal to the import job, like {@link PupilImportSteps}.
 */
@Stateless
@PermitAll
public class PupilImportWriter {
  @Resource(lookup = "java:jboss/datasources/OpenCrcnDS")
  private DataSource dataSource;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public PupilTableWriter.Counts write(
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
