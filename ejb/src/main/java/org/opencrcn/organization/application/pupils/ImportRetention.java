package org.opencrcn.organization.application.pupils;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.opencrcn.organization.application.OrgaSettings;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;
import org.opencrcn.shared.jobs.ClusterOnce;

/**
 * Forgets, every night, what the pupils import keeps only for a while (docs/rules.md §6): the
 * problems of an import's report (INE, raw birthdates) once the import is older than {@code
 * opencrcn.retention.import-issues-days} (30), and the uploaded files a job never took (a job that
 * failed to start) after a day. Run by the timer; a platform administrator may run it for a given
 * time (the tests, with a clock they control).
 */
@Singleton
public class ImportRetention {
  private static final Logger LOG = Logger.getLogger(ImportRetention.class.getName());
  private static final Duration UPLOAD_LIFETIME = Duration.ofDays(1);

  @Inject private ClusterOnce clusterOnce;
  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;

  /** What one run forgot. */
  public record Purged(int issues, int uploads) {}

  @Schedule(hour = "3", minute = "23", persistent = false)
  void nightly() {
    if (!clusterOnce.claim("import-retention")) {
      return; // another node of the cluster runs it tonight
    }
    Purged purged = forgetBefore(Instant.now());
    LOG.info(
        "Import retention: " + purged.issues() + " report rows, " + purged.uploads() + " files");
  }

  /** The nightly run, as if it were {@code now}. */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public Purged runAt(Instant now) {
    return forgetBefore(now);
  }

  private Purged forgetBefore(Instant now) {
    Instant reportsBefore = now.minus(Duration.ofDays(OrgaSettings.importIssuesDays()));
    int issues =
        em.createNativeQuery(
                "delete from pupil_import_issue where import_id in"
                    + " (select id from pupil_import where started_at < ?1)")
            .setParameter(1, OffsetDateTime.ofInstant(reportsBefore, ZoneOffset.UTC))
            .executeUpdate();
    Purged purged = new Purged(issues, deleteUploadsBefore(now.minus(UPLOAD_LIFETIME)));
    audit.record(
        AuditAction.PURGE,
        AuditTarget.of("import-issues", purged.issues()),
        AuditTarget.of("uploads", purged.uploads()));
    return purged;
  }

  /** Files older than a day: a job takes its file within seconds and deletes it when it ends. */
  private static int deleteUploadsBefore(Instant before) {
    Path folder = PupilUploads.file(0).getParent();
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> old =
          files
              .filter(file -> file.getFileName().toString().endsWith(".upload"))
              .filter(file -> modifiedBefore(file, before))
              .toList();
      old.forEach(PupilUploads::deleteQuietly);
      return old.size();
    } catch (IOException e) {
      LOG.warning("Could not list the uploads folder: " + e.getMessage());
      return 0;
    }
  }

  private static boolean modifiedBefore(Path file, Instant before) {
    try {
      return Files.getLastModifiedTime(file).toInstant().isBefore(before);
    } catch (IOException e) {
      return false;
    }
  }
}
