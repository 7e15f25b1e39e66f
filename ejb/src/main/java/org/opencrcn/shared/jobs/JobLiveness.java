package org.opencrcn.shared.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Tells whether a background job (a SIECLE import, a campaign export) was cut by the death of the
 * server running it, from the server runs' heartbeats (docs/operations.md 7.2). The job's own
 * progress is no heartbeat: a live job may spend minutes in one step (a large file's parsing, one
 * transaction's commit) and must not be declared dead meanwhile; its server beats on a timer.
 */
public final class JobLiveness {
  /** A server that has not beaten for this long is dead: three beats missed. */
  public static final Duration SERVER_SILENT_AFTER = Duration.ofSeconds(90);

  /**
   * Jobs started before V34 name no server run: the former rule applies, an import still running
   * after an hour was cut (no import or export of a school lasts that long).
   */
  public static final Duration UNNAMED_JOB_AFTER = Duration.ofHours(1);

  private final ServerRun current;
  private final Map<String, ServerRun> runs;
  private final Instant now;

  /**
   * @param current this server's run
   * @param runs every server run recorded, by id
   * @param now the time of the check
   */
  public JobLiveness(ServerRun current, Map<String, ServerRun> runs, Instant now) {
    this.current = current;
    this.runs = Map.copyOf(runs);
    this.now = now;
  }

  /**
   * Whether a job still marked running was cut.
   *
   * @param serverRun the id of the server run that runs the job, null for a job of before V34
   * @param startedAt when the job was queued
   */
  public boolean cut(String serverRun, Instant startedAt) {
    if (serverRun == null) {
      return startedAt.isBefore(now.minus(UNNAMED_JOB_AFTER));
    }
    if (serverRun.equals(current.id())) {
      return false;
    }
    ServerRun run = runs.get(serverRun);
    if (run == null) {
      return true; // its row was purged: that server stopped beating long ago
    }
    // An earlier run of this very node: the node was killed and restarted, its jobs died with it.
    return run.node().equals(current.node())
        || run.heartbeatAt().isBefore(now.minus(SERVER_SILENT_AFTER));
  }
}
