package org.opencrcn.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One SIECLE import of an organisation: the background job's state, progress and outcome. */
@Entity
@Table(name = "pupil_import")
@NamedQuery(
    name = "PupilImport.latest",
    query = "select i from PupilImport i where i.organizationId = :organization order by i.id desc")
@NamedQuery(
    name = "PupilImport.latestDone",
    query =
        "select i from PupilImport i where i.organizationId = :organization and i.status = 'DONE' order by i.id desc")
@NamedQuery(
    name = "PupilImport.running",
    query =
        "select i from PupilImport i where i.organizationId = :organization and i.status in ('QUEUED', 'READING', 'WRITING')")
public class PupilImport {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organization_id", nullable = false)
  private Long organizationId;

  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "file_format", nullable = false)
  private String fileFormat;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ImportStatus status;

  @Column(name = "read_count", nullable = false)
  private int readCount;

  @Column(name = "total_count", nullable = false)
  private int totalCount;

  @Column(name = "written_count", nullable = false)
  private int writtenCount;

  @Column(name = "created_count", nullable = false)
  private int createdCount;

  @Column(name = "updated_count", nullable = false)
  private int updatedCount;

  @Column(name = "unchanged_count", nullable = false)
  private int unchangedCount;

  @Column(name = "disabled_count", nullable = false)
  private int disabledCount;

  @Column(name = "skipped_count", nullable = false)
  private int skippedCount;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  /** The server run that runs the import's job (null before V34). */
  @Column(name = "server_run")
  private String serverRun;

  /** Whether the import was cut by its server's stop (then FAILED). */
  @Column(nullable = false)
  private boolean interrupted;

  protected PupilImport() {}

  public PupilImport(
      long organizationId,
      Long accountId,
      String fileName,
      String fileFormat,
      Instant at,
      String serverRun) {
    this.organizationId = organizationId;
    this.serverRun = serverRun;
    this.accountId = accountId;
    this.fileName = fileName;
    this.fileFormat = fileFormat;
    this.status = ImportStatus.QUEUED;
    this.startedAt = at;
  }

  public void reading(int read) {
    status = ImportStatus.READING;
    readCount = read;
  }

  public void writing(int total, int written) {
    status = ImportStatus.WRITING;
    totalCount = total;
    writtenCount = written;
  }

  public void done(int created, int updated, int unchanged, int disabled, int skipped, Instant at) {
    status = ImportStatus.DONE;
    writtenCount = totalCount;
    createdCount = created;
    updatedCount = updated;
    unchangedCount = unchanged;
    disabledCount = disabled;
    skippedCount = skipped;
    finishedAt = at;
  }

  public void refused(Instant at) {
    status = ImportStatus.REFUSED;
    finishedAt = at;
  }

  public void failed(Instant at) {
    status = ImportStatus.FAILED;
    finishedAt = at;
  }

  /** Failed because its server stopped under it: the job died, nothing was written. */
  public void interrupted(Instant at) {
    failed(at);
    interrupted = true;
  }

  public Long id() {
    return id;
  }

  public Long organizationId() {
    return organizationId;
  }

  public String fileName() {
    return fileName;
  }

  public String fileFormat() {
    return fileFormat;
  }

  public ImportStatus status() {
    return status;
  }

  public int readCount() {
    return readCount;
  }

  public int totalCount() {
    return totalCount;
  }

  public int writtenCount() {
    return writtenCount;
  }

  public int createdCount() {
    return createdCount;
  }

  public int updatedCount() {
    return updatedCount;
  }

  public int unchangedCount() {
    return unchangedCount;
  }

  public int disabledCount() {
    return disabledCount;
  }

  public int skippedCount() {
    return skippedCount;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public boolean interrupted() {
    return interrupted;
  }
}
