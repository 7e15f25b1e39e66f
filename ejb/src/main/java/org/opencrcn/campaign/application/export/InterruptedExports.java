package org.opencrcn.campaign.application.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.jobs.CutJobs;

/**
 * Marks failed, every 30 s, the background exports whose server died under them (docs/operations.md
 * 7.2): the progress line then says the server was stopped and the export is to be started again,
 * instead of "in preparation" until the file's lifetime ends. Every node checks; the conditional
 * update lets one mark each export. A job that is in fact alive stops at its next progress step.
 */
@Singleton
@Lock(LockType.READ)
public class InterruptedExports {
  @Inject private CutJobs cutJobs;

  @Schedule(hour = "*", minute = "*", second = "15/30", persistent = false)
  void check() {
    markAt(Instant.now());
  }

  /**
   * The check, as if it were {@code now} (the tests, with a clock they control).
   *
   * @return how many exports this call marked
   */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public int runAt(Instant now) {
    return markAt(now);
  }

  private int markAt(Instant now) {
    return cutJobs.markAt(now, "campaign_export_file", "'RUNNING'", "Campaign export");
  }
}
