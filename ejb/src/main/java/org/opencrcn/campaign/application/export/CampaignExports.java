package org.opencrcn.campaign.application.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.time.Instant;
import org.opencrcn.campaign.application.CampaignAccess;
import org.opencrcn.campaign.application.CampaignSettings;
import org.opencrcn.campaign.domain.Campaign;
import org.opencrcn.campaign.infrastructure.ParticipationRepository;
import org.opencrcn.campaign.infrastructure.export.CampaignFileWriter;
import org.opencrcn.campaign.infrastructure.export.CsvCampaignWriter;
import org.opencrcn.campaign.infrastructure.export.ExportProgress;
import org.opencrcn.campaign.infrastructure.export.XlsxCampaignWriter;
import org.opencrcn.organization.application.OrganizationSummary;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;
import org.opencrcn.shared.jobs.ServerRuns;

/**
 * A campaign's export for its organisation (docs/campaigns.md, "Exports"): any member of the
 * organisation, for a campaign of that organisation only (any other id reads as no such campaign).
 * The participations are read by a streaming query and written as they come; each export is
 * recorded in the audit log. A large campaign's export is written by a background job (Jakarta
 * Batch, job {@code campaign-export}) to a file any member of the organisation then downloads.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class CampaignExports {
  /** The two formats of an export. */
  public enum Format {
    XLSX,
    CSV;

    public CampaignFileWriter writer() {
      return this == XLSX ? new XlsxCampaignWriter() : new CsvCampaignWriter();
    }
  }

  /** What a download is called and its type, known before anything is written. */
  public record Download(String fileName, String contentType) implements Serializable {}

  @Inject private CampaignAccess access;
  @Inject private ExportHeaders headers;
  @Inject private ExportWriting writing;
  @Inject private ExportJobSteps steps;
  @Inject private ParticipationRepository participations;
  @Inject private Event<ExportQueued> queued;
  @Inject private AuditLog audit;
  @Inject private ServerRuns serverRuns;

  /**
   * Checks the caller may export the campaign and names the file.
   *
   * @throws org.opencrcn.shared.AccessDeniedException when the caller is no member of the
   *     organisation or the campaign is not the organisation's
   */
  public Download download(long organizationId, long campaignId, @NotNull Format format) {
    access.member(organizationId);
    Campaign campaign = access.campaign(organizationId, campaignId);
    CampaignFileWriter writer = format.writer();
    return new Download(
        "campagne-" + campaign.code() + "." + writer.extension(), writer.contentType());
  }

  /**
   * Writes the campaign's export to {@code out}, after the same checks as {@link #download}.
   *
   * @return how many participants were written
   */
  public long write(
      long organizationId, long campaignId, @NotNull Format format, @NotNull OutputStream out)
      throws IOException {
    OrganizationSummary organization = access.member(organizationId);
    Campaign campaign = access.campaign(organizationId, campaignId);
    long written =
        writing.write(
            headers.of(organization.name(), campaign), format.writer(), out, ExportProgress.NONE);
    // Personal data of minors left the platform: who, which campaign, when.
    audit.record(
        AuditAction.EXPORT,
        AuditTarget.organization(organizationId),
        AuditTarget.of("campaign", campaignId));
    return written;
  }

  /**
   * Whether the campaign is large enough for its export to be written by a background job ({@link
   * #start}) rather than at once: from {@code opencrcn.campaign.export-background-from}
   * participants (2,000).
   */
  public boolean inBackground(long organizationId, long campaignId) {
    access.member(organizationId);
    access.campaign(organizationId, campaignId);
    return participations.count(campaignId, ParticipationRepository.Filter.none())
        >= CampaignSettings.exportBackgroundFrom();
  }

  /**
   * Queues the campaign's export as a background job writing the file in the server's data folder;
   * {@link #job} follows it, {@link #writeFile} downloads it once ready. Recorded in the audit log.
   *
   * @return the job's id
   */
  public long start(long organizationId, long campaignId, @NotNull Format format) {
    OrganizationSummary organization = access.member(organizationId);
    access.campaign(organizationId, campaignId);
    long jobId =
        steps.create(
            organizationId,
            campaignId,
            access.callerId(),
            organization.name(),
            format,
            (int)
                Math.min(
                    Integer.MAX_VALUE,
                    participations.count(campaignId, ParticipationRepository.Filter.none())),
            Instant.now(),
            serverRuns.currentId());
    audit.record(
        AuditAction.EXPORT,
        AuditTarget.organization(organizationId),
        AuditTarget.of("export-file", jobId),
        AuditTarget.of("campaign", campaignId));
    queued.fire(new ExportQueued(jobId));
    return jobId;
  }

  /**
   * Where a background export of the organisation stands.
   *
   * @throws org.opencrcn.shared.AccessDeniedException when the caller is no member of the
   *     organisation or the job is not the organisation's
   */
  public ExportJob job(long organizationId, long jobId) {
    access.member(organizationId);
    return ownJob(organizationId, jobId);
  }

  /**
   * The name and type of a background export's file, once ready.
   *
   * @throws org.opencrcn.shared.AccessDeniedException as {@link #job}, and when the file is not (or
   *     no longer) there
   */
  public Download fileDownload(long organizationId, long jobId) {
    access.member(organizationId);
    ExportJob job = readyJob(organizationId, jobId);
    Campaign campaign = access.campaign(organizationId, job.campaignId());
    CampaignFileWriter writer = job.format().writer();
    return new Download(
        "campagne-" + campaign.code() + "." + writer.extension(), writer.contentType());
  }

  /**
   * Copies a background export's file to {@code out}, after the checks of {@link #fileDownload};
   * recorded in the audit log.
   */
  public void writeFile(long organizationId, long jobId, @NotNull OutputStream out)
      throws IOException {
    access.member(organizationId);
    ExportJob job = readyJob(organizationId, jobId);
    Files.copy(ExportFiles.file(jobId, job.format()), out);
    audit.record(
        AuditAction.EXPORT,
        AuditTarget.organization(organizationId),
        AuditTarget.of("export-file", jobId),
        AuditTarget.of("campaign", job.campaignId()));
  }

  private ExportJob ownJob(long organizationId, long jobId) {
    return steps
        .find(organizationId, jobId)
        .orElseThrow(
            () ->
                new AccessDeniedException(
                    "No export " + jobId + " in organisation " + organizationId));
  }

  private ExportJob readyJob(long organizationId, long jobId) {
    ExportJob job = ownJob(organizationId, jobId);
    if (!job.ready() || !Files.isRegularFile(ExportFiles.file(jobId, job.format()))) {
      throw new AccessDeniedException("Export " + jobId + " has no file");
    }
    return job;
  }
}
