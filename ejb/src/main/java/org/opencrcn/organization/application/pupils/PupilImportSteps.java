package org.opencrcn.organization.application.pupils;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.opencrcn.organization.domain.Organization;
import org.opencrcn.organization.domain.PupilImport;
import org.opencrcn.organization.domain.PupilImportIssue;
import org.opencrcn.organization.domain.siecle.SiecleIssue;
import org.opencrcn.organization.infrastructure.PupilTableWriter;
import org.opencrcn.organization.infrastructure.siecle.SiecleFiles;

/**
 * The import job's bookkeeping, each step committed on its own so that the screen follows it.
 * Internal to the job (the batch thread has no caller identity), hence package-private and no EJB:
 * nothing outside this package can name it, no remote or JNDI view exists; people go through {@link
 * PupilImports}, which checks who they are.
 */
@Dependent
@Transactional(Transactional.TxType.REQUIRES_NEW)
class PupilImportSteps {
  @PersistenceContext private EntityManager em;

  /** What the job works on. */
  record Work(long organizationId, String uai, Path file, SiecleFiles.Format format) {}

  Work startReading(long importId) {
    PupilImport pupilImport = em.find(PupilImport.class, importId);
    pupilImport.reading(0);
    Organization organization = em.find(Organization.class, pupilImport.organizationId());
    return new Work(
        organization.id(),
        organization.uai(),
        PupilUploads.file(importId),
        SiecleFiles.Format.valueOf(pupilImport.fileFormat()));
  }

  void read(long importId, int read) {
    em.find(PupilImport.class, importId).reading(read);
  }

  void writing(long importId, int total, int written) {
    em.find(PupilImport.class, importId).writing(total, written);
  }

  void refuse(long importId, List<SiecleIssue> issues) {
    issues.forEach(issue -> em.persist(new PupilImportIssue(importId, issue)));
    em.find(PupilImport.class, importId).refused(Instant.now());
  }

  void done(long importId, PupilTableWriter.Counts counts, int skipped) {
    em.find(PupilImport.class, importId)
        .done(
            counts.created(),
            counts.updated(),
            counts.unchanged(),
            counts.disabled(),
            skipped,
            Instant.now());
  }

  void fail(long importId) {
    em.find(PupilImport.class, importId).failed(Instant.now());
  }
}
