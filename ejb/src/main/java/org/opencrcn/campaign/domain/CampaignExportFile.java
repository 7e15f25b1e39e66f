package org.opencrcn.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A large campaign export written by a background job (migration V24): made when the job is queued;
 * the job's progress and outcome are then written by its steps.
 */
@Entity
@Table(name = "campaign_export_file")
public class CampaignExportFile {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organization_id", nullable = false)
  private Long organizationId;

  @Column(name = "campaign_id", nullable = false)
  private Long campaignId;

  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "organization_name", nullable = false)
  private String organizationName;

  @Column(name = "file_format", nullable = false)
  private String fileFormat;

  @Column(name = "status", nullable = false)
  private String status;

  @Column(name = "total_count", nullable = false)
  private int totalCount;

  @Column(name = "written_count", nullable = false)
  private int writtenCount;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  /** The server run that runs the export's job (null before V34). */
  @Column(name = "server_run")
  private String serverRun;

  protected CampaignExportFile() {}

  public CampaignExportFile(
      long organizationId,
      long campaignId,
      Long accountId,
      String organizationName,
      String fileFormat,
      int totalCount,
      Instant startedAt,
      String serverRun) {
    this.organizationId = organizationId;
    this.campaignId = campaignId;
    this.accountId = accountId;
    this.organizationName = organizationName;
    this.fileFormat = fileFormat;
    this.status = "RUNNING";
    this.totalCount = totalCount;
    this.startedAt = startedAt;
    this.serverRun = serverRun;
  }

  public Long id() {
    return id;
  }
}
