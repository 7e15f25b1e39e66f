package org.opencrcn.organization.application.pupils;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.opencrcn.organization.domain.ImportStatus;
import org.opencrcn.organization.domain.PupilImport;
import org.opencrcn.organization.domain.siecle.SiecleIssue;

/**
 * An import as its screen shows it: where it stands, its counts, and for a refused import the
 * problems found (at most {@link PupilImports#MAX_ISSUES_SHOWN}, {@code issueCount} says how many);
 * {@code interrupted} when its server stopped under it.
 */
public record ImportProgress(
    long id,
    String fileName,
    ImportStatus status,
    int read,
    int total,
    int written,
    int created,
    int updated,
    int unchanged,
    int disabled,
    int skipped,
    Instant startedAt,
    Instant finishedAt,
    long issueCount,
    List<SiecleIssue> issues,
    boolean interrupted)
    implements Serializable {

  static ImportProgress of(PupilImport i, long issueCount, List<SiecleIssue> issues) {
    return new ImportProgress(
        i.id(),
        i.fileName(),
        i.status(),
        i.readCount(),
        i.totalCount(),
        i.writtenCount(),
        i.createdCount(),
        i.updatedCount(),
        i.unchangedCount(),
        i.disabledCount(),
        i.skippedCount(),
        i.startedAt(),
        i.finishedAt(),
        issueCount,
        List.copyOf(issues),
        i.interrupted());
  }

  /**
   * What the report says: the status, or {@code INTERRUPTED} for an import cut by its server's stop
   * (a FAILED one the director simply starts again).
   */
  public String outcome() {
    return interrupted ? "INTERRUPTED" : status.name();
  }

  public boolean running() {
    return status.running();
  }

  /** Writing progress in percent; reading has no known total. */
  public int percent() {
    return total == 0 ? 0 : (int) Math.min(100, written * 100L / total);
  }
}
