package org.opencrcn.shared.jobs;

import static org.opencrcn.shared.infrastructure.TimeColumns.instant;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.opencrcn.shared.Settings;

/**
 * This server's run in table {@code server_run}: a fresh id at each start, its heartbeat every 30 s
 * (docs/operations.md 7.2). Background jobs record the run that runs them, so that any node (or
 * this one, restarted after a kill) can tell a job cut by a server's death from a live one.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
@Lock(LockType.READ)
public class ServerRuns {
  /** Runs silent for this long are forgotten (a job naming a forgotten run is dead too). */
  private static final Duration FORGOTTEN_AFTER = Duration.ofDays(30);

  private static final Logger LOG = Logger.getLogger(ServerRuns.class.getName());

  @PersistenceContext private EntityManager em;

  private final String id = UUID.randomUUID().toString();
  private final String node = Settings.text("jboss.node.name").orElse("standalone");

  @PostConstruct
  void started() {
    recordRun(Instant.now());
    LOG.info(() -> "Server run " + id + " of node " + node + " started");
  }

  @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
  void beat() {
    Instant now = Instant.now();
    int beaten =
        em.createNativeQuery("update server_run set heartbeat_at = ?2 where id = ?1")
            .setParameter(1, id)
            .setParameter(2, utc(now))
            .executeUpdate();
    if (beaten == 0) {
      // Another node forgot this run (its clock far ahead): say again that it lives.
      recordRun(now);
    }
    em.createNativeQuery("delete from server_run where heartbeat_at < ?1")
        .setParameter(1, utc(now.minus(FORGOTTEN_AFTER)))
        .executeUpdate();
  }

  private void recordRun(Instant now) {
    em.createNativeQuery(
            "insert into server_run (id, node, started_at, heartbeat_at) values (?1, ?2, ?3, ?3)")
        .setParameter(1, id)
        .setParameter(2, node)
        .setParameter(3, utc(now))
        .executeUpdate();
  }

  /** The id of this server's run, recorded by the jobs it starts. */
  public String currentId() {
    return id;
  }

  /** What the recorded runs say of the jobs at {@code now}. */
  public JobLiveness liveness(Instant now) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select id, node, heartbeat_at from server_run").getResultList();
    Map<String, ServerRun> runs =
        rows.stream()
            .map(row -> new ServerRun((String) row[0], (String) row[1], instant(row[2])))
            .collect(Collectors.toMap(ServerRun::id, Function.identity()));
    return new JobLiveness(new ServerRun(id, node, now), runs, now);
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
