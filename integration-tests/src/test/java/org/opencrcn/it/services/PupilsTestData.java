package org.opencrcn.it.services;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.opencrcn.organization.domain.siecle.SiecleRecord;
import org.opencrcn.organization.infrastructure.PupilTableWriter;

/**
 * Pupil records written for the tests, through the import's own table writer (the import job's
 * writer is internal to the job and cannot be called from here), and a record linked to an account
 * as a reconciliation would.
 */
@Stateless
@PermitAll
public class PupilsTestData {
  @Resource(lookup = "java:jboss/datasources/OpenCrcnDS")
  private DataSource dataSource;

  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  public PupilTableWriter.Counts write(
      long organizationId, List<SiecleRecord> records, IntConsumer progress) {
    try (Connection connection = dataSource.getConnection()) {
      return new PupilTableWriter(connection, Instant.now())
          .write(organizationId, records, progress);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Links the account of this subject to the school's record of these names and birthdate. */
  public long link(
      long organizationId,
      String firstName,
      String familyName,
      LocalDate birthdate,
      String subject) {
    int linked =
        em.createNativeQuery(
                "update pupil set account_id = (select id from account where subject = ?1)"
                    + " where organization_id = ?2 and family_name = ?3 and birthdate = ?4"
                    + " and first_name = ?5")
            .setParameter(1, subject)
            .setParameter(2, organizationId)
            .setParameter(3, familyName)
            .setParameter(4, birthdate)
            .setParameter(5, firstName)
            .executeUpdate();
    if (linked != 1) {
      throw new IllegalStateException(linked + " records linked, not 1");
    }
    return ((Number)
            em.createNativeQuery(
                    "select p.id from pupil p join account a on a.id = p.account_id"
                        + " where p.organization_id = ?1 and a.subject = ?2")
                .setParameter(1, organizationId)
                .setParameter(2, subject)
                .getSingleResult())
        .longValue();
  }
}
