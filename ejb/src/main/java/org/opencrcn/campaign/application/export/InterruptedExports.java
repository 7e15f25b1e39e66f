package org.opencrcn.campaign.application.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.jobs.JobLiveness;
import org.opencrcn.shared.jobs.ServerRuns;

/**
 * Marks failed, every 30 s, the background exports whose server died under them (docs/operations.md
 * 7.2): the progress line then says the server was stopped and the export is to be started again,
 * instead of "in preparation" until the file's lifetime ends. Every node checks; the conditional
 * update lets one mark each export. A job that is in fact alive stops at its next progress step.
 */
@Singleton
@Lock(LockType.READ)
public class InterruptedExports {
  private static final Logger LOG = Logger.getLogger(InterruptedExports.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private ServerRuns serverRuns;

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
    JobLiveness liveness = serverRuns.liveness(now);
    @SuppressWarnings("unchecked")
    List<Object[]> running =
        em.createNativeQuery(
                "select id, server_run, started_at from campaign_export_file"
                    + " where status = 'RUNNING'")
            .getResultList();
    int marked = 0;
    for (Object[] row : running) {
      if (liveness.cut((String) row[1], ServerRuns.instant(row[2]))) {
        long id = ((Number) row[0]).longValue();
        int updated =
            em.createNativeQuery(
                    "update campaign_export_file set status = 'FAILED', interrupted = true,"
                        + " finished_at = ?2 where id = ?1 and status = 'RUNNING'")
                .setParameter(1, id)
                .setParameter(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
        if (updated == 1) {
          LOG.warning(
              () -> "Campaign export " + id + " was cut by its server's stop; marked failed");
          marked++;
        }
      }
    }
    return marked;
  }
}
