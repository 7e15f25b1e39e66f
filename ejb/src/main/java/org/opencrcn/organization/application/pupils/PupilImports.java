package org.opencrcn.organization.application.pupils;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.organization.application.OrgaAccess;
import org.opencrcn.organization.application.OrganizationSummary;
import org.opencrcn.organization.domain.MembershipRole;
import org.opencrcn.organization.domain.OrganizationType;
import org.opencrcn.organization.domain.PupilImport;
import org.opencrcn.organization.domain.PupilImportIssue;
import org.opencrcn.organization.domain.siecle.SiecleRefusedException;
import org.opencrcn.organization.infrastructure.siecle.SiecleFiles;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;
import org.opencrcn.shared.jobs.ServerRuns;

/**
 * SIECLE imports of a school's pupils. Importing is for the organisation's administrators (the
 * director, as at Pix where SCO administrators import); following an import and reading its report
 * is for every member. The file is kept until its background job has read it.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class PupilImports {
  /** The largest SIECLE file accepted (the screens check an upload's size against it). */
  public static final long MAX_UPLOAD_BYTES = SiecleFiles.MAX_UPLOAD_BYTES;

  public static final int MAX_ISSUES_SHOWN = 2_000;
  static final Duration STALE_AFTER = Duration.ofHours(1);

  @PersistenceContext private EntityManager em;
  @Inject private OrgaAccess orga;
  @Inject private CallerAccount caller;
  @Inject private Event<PupilImportQueued> queued;
  @Inject private AuditLog audit;
  @Inject private ServerRuns serverRuns;

  /**
   * Queues the import of an uploaded file; the job starts once this returns.
   *
   * @throws AccessDeniedException when the caller is not an administrator of the organisation
   * @throws ImportRefusedException when the organisation is no school, an import is running, or the
   *     file is empty or over {@link SiecleFiles#MAX_UPLOAD_BYTES}
   */
  public long start(long organizationId, @NotBlank String fileName, @NotNull InputStream content) {
    OrganizationSummary organization = orga.enter(organizationId);
    if (organization.role() != MembershipRole.ADMIN) {
      throw new AccessDeniedException(
          "Only administrators import pupils into organisation " + organizationId);
    }
    if (organization.type() != OrganizationType.SCO || organization.uai() == null) {
      throw new ImportRefusedException(ImportRefusedException.Reason.NOT_SCO);
    }
    refuseWhileRunning(organizationId);
    Path incoming = PupilUploads.incoming();
    try {
      SiecleFiles.save(content, incoming, SiecleFiles.MAX_UPLOAD_BYTES);
      if (Files.size(incoming) == 0) {
        throw new ImportRefusedException(ImportRefusedException.Reason.EMPTY);
      }
      PupilImport pupilImport =
          new PupilImport(
              organizationId,
              caller.id().orElse(null),
              shortName(fileName),
              SiecleFiles.format(fileName, incoming).name(),
              Instant.now(),
              serverRuns.currentId());
      em.persist(pupilImport);
      em.flush();
      Files.move(
          incoming, PupilUploads.file(pupilImport.id()), StandardCopyOption.REPLACE_EXISTING);
      audit.record(
          AuditAction.PUPIL_IMPORT,
          AuditTarget.organization(organizationId),
          AuditTarget.of("import", pupilImport.id()));
      queued.fire(new PupilImportQueued(pupilImport.id()));
      return pupilImport.id();
    } catch (SiecleRefusedException e) {
      throw new ImportRefusedException(ImportRefusedException.Reason.TOO_LARGE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      PupilUploads.deleteQuietly(incoming);
    }
  }

  /**
   * One import at a time per school. An import still "running" long after it started was cut by a
   * server stop (the job is not restartable): it is marked failed rather than blocking for ever.
   * {@link InterruptedImports} does so within two minutes; this hour is the rule's last resort.
   */
  private void refuseWhileRunning(long organizationId) {
    Instant stale = Instant.now().minus(STALE_AFTER);
    for (PupilImport running :
        em.createNamedQuery("PupilImport.running", PupilImport.class)
            .setParameter("organization", organizationId)
            .getResultList()) {
      if (running.startedAt().isAfter(stale)) {
        throw new ImportRefusedException(ImportRefusedException.Reason.ALREADY_RUNNING);
      }
      running.interrupted(Instant.now());
    }
  }

  /** The organisation's latest import, running or over, for any member. */
  public Optional<ImportProgress> latest(long organizationId) {
    orga.enter(organizationId);
    return em.createNamedQuery("PupilImport.latest", PupilImport.class)
        .setParameter("organization", organizationId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(this::progressOf);
  }

  /** One import, for a member of its organisation. */
  public ImportProgress progress(long importId) {
    PupilImport pupilImport = em.find(PupilImport.class, importId);
    if (pupilImport == null) {
      throw new AccessDeniedException("No import " + importId);
    }
    orga.enter(pupilImport.organizationId());
    return progressOf(pupilImport);
  }

  /** When the organisation's pupils were last imported, for any member. */
  public Optional<Instant> lastImportDate(long organizationId) {
    orga.enter(organizationId);
    return em.createNamedQuery("PupilImport.latestDone", PupilImport.class)
        .setParameter("organization", organizationId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(PupilImport::finishedAt);
  }

  private ImportProgress progressOf(PupilImport pupilImport) {
    em.refresh(pupilImport);
    long count =
        em.createQuery(
                "select count(i) from PupilImportIssue i where i.importId = :import", Long.class)
            .setParameter("import", pupilImport.id())
            .getSingleResult();
    List<PupilImportIssue> issues =
        count == 0
            ? List.of()
            : em.createNamedQuery("PupilImportIssue.ofImport", PupilImportIssue.class)
                .setParameter("import", pupilImport.id())
                .setMaxResults(MAX_ISSUES_SHOWN)
                .getResultList();
    return ImportProgress.of(
        pupilImport, count, issues.stream().map(PupilImportIssue::issue).toList());
  }

  /** The name without any path a browser may send, within the column's size. */
  private static String shortName(String fileName) {
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    return name.length() > 255 ? name.substring(0, 255) : name;
  }
}
