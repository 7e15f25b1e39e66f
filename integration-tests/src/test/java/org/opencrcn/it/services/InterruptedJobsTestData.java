package org.opencrcn.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * The rows a server's death leaves (docs/operations.md 7.2), each call in its own transaction: a
 * server run that beat at a given time, and an import or export that run was running.
 */
@Stateless
@PermitAll
public class InterruptedJobsTestData {
  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  public void serverRun(String id, String node, Instant heartbeat) {
    em.createNativeQuery(
            "insert into server_run (id, node, started_at, heartbeat_at) values (?1, ?2, ?3, ?3)")
        .setParameter(1, id)
        .setParameter(2, node)
        .setParameter(3, utc(heartbeat))
        .executeUpdate();
  }

  public String nodeOf(String serverRun) {
    return (String)
        em.createNativeQuery("select node from server_run where id = ?1")
            .setParameter(1, serverRun)
            .getSingleResult();
  }

  /** An import reading its file, as the job left it. */
  public long readingImport(long organizationId, String serverRun) {
    String tag = "siecle-" + UUID.randomUUID() + ".xml";
    em.createNativeQuery(
            "insert into pupil_import (organization_id, file_name, file_format, status, read_count,"
                + " started_at, server_run) values (?1, ?2, 'XML', 'READING', 120, ?3, ?4)")
        .setParameter(1, organizationId)
        .setParameter(2, tag)
        .setParameter(3, utc(Instant.now().minusSeconds(20)))
        .setParameter(4, serverRun)
        .executeUpdate();
    return idOf("select id from pupil_import where file_name = ?1", tag);
  }

  /** A background export being written, as the job left it. */
  public long runningExport(long organizationId, long campaignId, String serverRun) {
    String tag = "Test " + UUID.randomUUID();
    em.createNativeQuery(
            "insert into campaign_export_file (organization_id, campaign_id, organization_name,"
                + " file_format, status, total_count, written_count, started_at, server_run)"
                + " values (?1, ?2, ?5, 'CSV', 'RUNNING', 3000, 1000, ?3, ?4)")
        .setParameter(1, organizationId)
        .setParameter(2, campaignId)
        .setParameter(3, utc(Instant.now().minusSeconds(20)))
        .setParameter(4, serverRun)
        .setParameter(5, tag)
        .executeUpdate();
    return idOf("select id from campaign_export_file where organization_name = ?1", tag);
  }

  /**
   * Queues an import as {@code start} does and, in the same transaction, marks it as the check
   * would (its server taken for dead): the job, which starts once that transaction commits, finds
   * it so.
   */
  public long queuedThenMarked(Callable<Long> start) throws Exception {
    long id = start.call();
    em.createNativeQuery(
            "update pupil_import set status = 'FAILED', interrupted = true, finished_at = ?2"
                + " where id = ?1")
        .setParameter(1, id)
        .setParameter(2, utc(Instant.now()))
        .executeUpdate();
    return id;
  }

  /** Ends what a test left running, so that no later check finds it. */
  public void endRunning(String serverRun) {
    em.createNativeQuery(
            "update pupil_import set status = 'FAILED' where server_run = ?1"
                + " and status in ('QUEUED', 'READING', 'WRITING')")
        .setParameter(1, serverRun)
        .executeUpdate();
    em.createNativeQuery(
            "update campaign_export_file set status = 'FAILED' where server_run = ?1"
                + " and status = 'RUNNING'")
        .setParameter(1, serverRun)
        .executeUpdate();
  }

  private long idOf(String sql, String tag) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, tag).getSingleResult()).longValue();
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
