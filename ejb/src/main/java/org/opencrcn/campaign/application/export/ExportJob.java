package org.opencrcn.campaign.application.export;

import java.io.Serializable;
import java.time.Instant;
import org.opencrcn.campaign.application.export.CampaignExports.Format;

/**
 * A large export written by a background job, as its progress bar shows it: how many participants
 * of how many are written, and whether the file is ready to download; {@code interrupted} when its
 * server stopped under it.
 */
public record ExportJob(
    long id,
    long campaignId,
    Format format,
    Status status,
    int total,
    int written,
    Instant startedAt,
    Instant finishedAt,
    boolean interrupted)
    implements Serializable {

  /** Where a job stands; a file is downloadable while DONE, deleted a day later (EXPIRED). */
  public enum Status {
    RUNNING,
    DONE,
    FAILED,
    EXPIRED
  }

  /**
   * What the progress line says: the status, or {@code INTERRUPTED} for a job cut by its server's
   * stop (a FAILED one to start again).
   */
  public String outcome() {
    return interrupted ? "INTERRUPTED" : status.name();
  }

  public boolean running() {
    return status == Status.RUNNING;
  }

  public boolean ready() {
    return status == Status.DONE;
  }

  /** Written participants in percent of the campaign's; 100 once the file is complete. */
  public int percent() {
    if (status == Status.DONE) {
      return 100;
    }
    return total == 0 ? 0 : (int) Math.min(99, written * 100L / total);
  }
}
