package org.opencrcn.shared.jobs;

import static org.opencrcn.shared.infrastructure.TimeColumns.instant;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * Marks failed the jobs of one kind (a table of imports or of exports) that were cut by their
 * server's death (docs/operations.md 7.2). The update is conditional on the job still being in a
 * running status, so when every node checks at once each job is marked by one of them. Not a
 * service boundary: the imports' and exports' own checks call it.
 */
@Dependent
public class CutJobs {
  private static final Logger LOG = Logger.getLogger(CutJobs.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private ServerRuns serverRuns;

  /**
   * @param table the jobs' table, with columns id, server_run, started_at, status, interrupted and
   *     finished_at (a constant of the caller, never input)
   * @param runningStatuses the statuses of a job under way, as a SQL list: {@code 'A', 'B'}
   * @param kind what the jobs are, for the log: {@code Pupils import}
   * @return how many jobs this call marked (each logged)
   */
  public int markAt(Instant now, String table, String runningStatuses, String kind) {
    JobLiveness liveness = serverRuns.liveness(now);
    String running = " where status in (" + runningStatuses + ")";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select id, server_run, started_at from " + table + running)
            .getResultList();
    int marked = 0;
    for (Object[] row : rows) {
      if (liveness.cut((String) row[1], instant(row[2]))) {
        long id = ((Number) row[0]).longValue();
        int updated =
            em.createNativeQuery(
                    "update "
                        + table
                        + " set status = 'FAILED', interrupted = true, finished_at = ?2"
                        + running
                        + " and id = ?1")
                .setParameter(1, id)
                .setParameter(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
        if (updated == 1) {
          marked++;
          LOG.warning(() -> kind + " " + id + " was cut by its server's stop; marked failed");
        }
      }
    }
    return marked;
  }
}
