package org.opencrcn.campaign.application.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.opencrcn.campaign.application.export.CampaignExports.Format;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;

/**
 * Deletes, every hour, the files of background exports started more than a day ago (their jobs then
 * read EXPIRED), and any file of the exports folder older than that (a job's leftover). Run by the
 * timer; a platform administrator may run it for a given time (the tests, with their own clock).
 */
@Singleton
public class ExportFileRetention {
  /** How long a background export's file stays downloadable. */
  public static final Duration LIFETIME = Duration.ofDays(1);

  private static final Logger LOG = Logger.getLogger(ExportFileRetention.class.getName());

  @Inject private ExportJobSteps steps;
  @Inject private AuditLog audit;

  @Schedule(hour = "*", minute = "41", persistent = false)
  void hourly() {
    int files = forgetBefore(Instant.now());
    if (files > 0) {
      LOG.info("Export retention: " + files + " files");
    }
  }

  /**
   * The hourly run, as if it were {@code now}.
   *
   * @return how many files were deleted
   */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public int runAt(Instant now) {
    return forgetBefore(now);
  }

  private int forgetBefore(Instant now) {
    Instant before = now.minus(LIFETIME);
    int deleted = 0;
    for (Object[] job : steps.expire(before)) {
      long id = ((Number) job[0]).longValue();
      Path file = ExportFiles.file(id, Format.valueOf((String) job[1]));
      if (Files.exists(file)) {
        ExportFiles.deleteQuietly(file);
        deleted++;
      }
      ExportFiles.deleteQuietly(ExportFiles.partial(id));
    }
    deleted += deleteLeftoversBefore(before);
    if (deleted > 0) {
      audit.record(AuditAction.PURGE, AuditTarget.of("export-files", deleted));
    }
    return deleted;
  }

  private static int deleteLeftoversBefore(Instant before) {
    try (Stream<Path> files = Files.list(ExportFiles.folder())) {
      List<Path> old = files.filter(file -> modifiedBefore(file, before)).toList();
      old.forEach(ExportFiles::deleteQuietly);
      return old.size();
    } catch (IOException e) {
      LOG.warning("Could not list the exports folder: " + e.getMessage());
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
