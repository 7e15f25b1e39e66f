package org.opencrcn.organization.application.pupils;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.opencrcn.organization.domain.Organization;
import org.opencrcn.organization.domain.PupilImport;
import org.opencrcn.organization.domain.PupilImportIssue;
import org.opencrcn.organization.domain.siecle.SiecleIssue;
import org.opencrcn.organization.infrastructure.siecle.SiecleFiles;

/**
 * The import job's bookkeeping, each step committed on its own so that the screen follows it.
 * Internal to the job (the batch thread has no caller identity), hence package-private and no EJB:
 * nothing outside this package can name it, no remote or JNDI view exists; people go through {@link
 * PupilImports}, which checks who they are.
 *
 * <p>Each step changes the import only while it is running: one that {@link InterruptedImports}
 * marked failed (its server was taken for dead) stays so, and the job stops at its next step.
 */
@Dependent
@Transactional(Transactional.TxType.REQUIRES_NEW)
class PupilImportSteps {
  static final String RUNNING = " and status in ('QUEUED', 'READING', 'WRITING')";

  @PersistenceContext private EntityManager em;

  /** What the job works on. */
  record Work(long organizationId, String uai, Path file, SiecleFiles.Format format) {}

  Work startReading(long importId) {
    read(importId, 0);
    PupilImport pupilImport = em.find(PupilImport.class, importId);
    Organization organization = em.find(Organization.class, pupilImport.organizationId());
    return new Work(
        organization.id(),
        organization.uai(),
        PupilUploads.file(importId),
        SiecleFiles.Format.valueOf(pupilImport.fileFormat()));
  }

  void read(long importId, int read) {
    update(
        importId,
        "update pupil_import set status = 'READING', read_count = ?2 where id = ?1" + RUNNING,
        read);
  }

  void writing(long importId, int total, int written) {
    update(
        importId,
        "update pupil_import set status = 'WRITING', total_count = ?2, written_count = ?3"
            + " where id = ?1"
            + RUNNING,
        total,
        written);
  }

  void refuse(long importId, List<SiecleIssue> issues) {
    update(
        importId,
        "update pupil_import set status = 'REFUSED', finished_at = ?2 where id = ?1" + RUNNING,
        utc(Instant.now()));
    issues.forEach(issue -> em.persist(new PupilImportIssue(importId, issue)));
  }

  void fail(long importId) {
    em.createNativeQuery(
            "update pupil_import set status = 'FAILED', finished_at = ?2 where id = ?1" + RUNNING)
        .setParameter(1, importId)
        .setParameter(2, utc(Instant.now()))
        .executeUpdate();
  }

  private void update(long importId, String sql, Object... values) {
    var query = em.createNativeQuery(sql).setParameter(1, importId);
    for (int i = 0; i < values.length; i++) {
      query.setParameter(i + 2, values[i]);
    }
    if (query.executeUpdate() == 0) {
      throw new IllegalStateException("Pupils import " + importId + " is no longer running");
    }
  }

  static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
