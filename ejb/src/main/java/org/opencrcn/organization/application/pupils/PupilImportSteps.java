package org.opencrcn.organization.application.pupils;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
 * Internal to the job (the batch thread has no caller identity); people go through {@link
 * PupilImports}, which checks who they are.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PupilImportSteps {
  @PersistenceContext private EntityManager em;

  /** What the job works on. */
  public record Work(long organizationId, String uai, Path file, SiecleFiles.Format format) {}

  public Work startReading(long importId) {
    PupilImport pupilImport = em.find(PupilImport.class, importId);
    pupilImport.reading(0);
    Organization organization = em.find(Organization.class, pupilImport.organizationId());
    return new Work(
        organization.id(),
        organization.uai(),
        PupilUploads.file(importId),
        SiecleFiles.Format.valueOf(pupilImport.fileFormat()));
  }

  public void read(long importId, int read) {
    em.find(PupilImport.class, importId).reading(read);
  }

  public void writing(long importId, int total, int written) {
    em.find(PupilImport.class, importId).writing(total, written);
  }

  public void refuse(long importId, List<SiecleIssue> issues) {
    issues.forEach(issue -> em.persist(new PupilImportIssue(importId, issue)));
    em.find(PupilImport.class, importId).refused(Instant.now());
  }

  public void done(long importId, PupilTableWriter.Counts counts, int skipped) {
    em.find(PupilImport.class, importId)
        .done(
            counts.created(),
            counts.updated(),
            counts.unchanged(),
            counts.disabled(),
            skipped,
            Instant.now());
  }

  public void fail(long importId) {
    em.find(PupilImport.class, importId).failed(Instant.now());
  }
}
