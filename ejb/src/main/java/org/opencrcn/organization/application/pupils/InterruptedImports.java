package org.opencrcn.organization.application.pupils;

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
 * Marks failed, every 30 s, the imports whose server died under them (docs/operations.md 7.2): the
 * page then says the server was stopped and the import is to be started again, instead of "running"
 * for ever. Every node checks; the conditional update lets one mark each import. Nothing is to
 * undo: the pupils are written in one transaction, which died with the server, and a job that is in
 * fact alive finds its import marked and writes nothing ({@link PupilImportWriter}).
 */
@Singleton
@Lock(LockType.READ)
public class InterruptedImports {
  @Inject private CutJobs cutJobs;

  @Schedule(hour = "*", minute = "*", second = "15/30", persistent = false)
  void check() {
    markAt(Instant.now());
  }

  /**
   * The check, as if it were {@code now} (the tests, with a clock they control).
   *
   * @return how many imports this call marked
   */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public int runAt(Instant now) {
    return markAt(now);
  }

  private int markAt(Instant now) {
    return cutJobs.markAt(now, "pupil_import", "'QUEUED', 'READING', 'WRITING'", "Pupils import");
  }
}
