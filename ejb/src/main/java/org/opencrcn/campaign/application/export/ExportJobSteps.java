package org.opencrcn.campaign.application.export;

import static org.opencrcn.shared.infrastructure.TimeColumns.instant;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.opencrcn.campaign.application.export.CampaignExports.Format;
import org.opencrcn.campaign.domain.CampaignExportFile;

/**
 * The export jobs' rows (table campaign_export_file), each step committed on its own so that the
 * progress bar follows the job. Internal: people go through {@link CampaignExports}, which checks
 * who they are; the job thread has no caller.
 */
@Dependent
@Transactional(Transactional.TxType.REQUIRES_NEW)
class ExportJobSteps {
  @PersistenceContext private EntityManager em;

  /** What the job needs to write the file. */
  record Work(long organizationId, long campaignId, String organizationName, Format format) {}

  long create(
      long organizationId,
      long campaignId,
      Long accountId,
      String organizationName,
      Format format,
      int total,
      Instant now,
      String serverRun) {
    CampaignExportFile file =
        new CampaignExportFile(
            organizationId,
            campaignId,
            accountId,
            organizationName,
            format.name(),
            total,
            now,
            serverRun);
    em.persist(file);
    em.flush();
    return file.id();
  }

  Work work(long jobId) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select organization_id, campaign_id, organization_name, file_format"
                        + " from campaign_export_file where id = ?1")
                .setParameter(1, jobId)
                .getSingleResult();
    return new Work(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        (String) row[2],
        Format.valueOf((String) row[3]));
  }

  /**
   * Tells the job's progress.
   *
   * @throws IllegalStateException when the job is no longer running: {@link InterruptedExports}
   *     marked it failed (its server was taken for dead), so the job stops writing
   */
  void written(long jobId, long written) {
    int updated =
        em.createNativeQuery(
                "update campaign_export_file set written_count = ?2"
                    + " where id = ?1 and status = 'RUNNING'")
            .setParameter(1, jobId)
            .setParameter(2, (int) Math.min(Integer.MAX_VALUE, written))
            .executeUpdate();
    if (updated == 0) {
      throw new IllegalStateException("Export " + jobId + " is no longer running");
    }
  }

  /**
   * Marks the job done, unless it was marked failed meanwhile.
   *
   * @return whether the job is done (else its file is to be deleted)
   */
  boolean done(long jobId, long written) {
    return em.createNativeQuery(
                "update campaign_export_file set status = 'DONE', written_count = ?2,"
                    + " total_count = ?2, finished_at = ?3 where id = ?1 and status = 'RUNNING'")
            .setParameter(1, jobId)
            .setParameter(2, (int) Math.min(Integer.MAX_VALUE, written))
            .setParameter(3, utc(Instant.now()))
            .executeUpdate()
        == 1;
  }

  void fail(long jobId) {
    em.createNativeQuery(
            "update campaign_export_file set status = 'FAILED', finished_at = ?2"
                + " where id = ?1 and status = 'RUNNING'")
        .setParameter(1, jobId)
        .setParameter(2, utc(Instant.now()))
        .executeUpdate();
  }

  /** The job, if it is the organisation's. */
  Optional<ExportJob> find(long organizationId, long jobId) {
    List<?> rows =
        em.createNativeQuery(
                "select id, campaign_id, file_format, status, total_count, written_count,"
                    + " started_at, finished_at, interrupted from campaign_export_file"
                    + " where id = ?1 and organization_id = ?2")
            .setParameter(1, jobId)
            .setParameter(2, organizationId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(
        new ExportJob(
            ((Number) row[0]).longValue(),
            ((Number) row[1]).longValue(),
            Format.valueOf((String) row[2]),
            ExportJob.Status.valueOf((String) row[3]),
            ((Number) row[4]).intValue(),
            ((Number) row[5]).intValue(),
            instant(row[6]),
            instant(row[7]),
            Boolean.TRUE.equals(row[8])));
  }

  /** Jobs started before {@code before} whose file may still exist; marked EXPIRED. */
  List<Object[]> expire(Instant before) {
    @SuppressWarnings("unchecked")
    List<Object[]> old =
        em.createNativeQuery(
                "select id, file_format from campaign_export_file"
                    + " where started_at < ?1 and status <> 'EXPIRED'")
            .setParameter(1, utc(before))
            .getResultList();
    em.createNativeQuery(
            "update campaign_export_file set status = 'EXPIRED'"
                + " where started_at < ?1 and status <> 'EXPIRED'")
        .setParameter(1, utc(before))
        .executeUpdate();
    return old;
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
