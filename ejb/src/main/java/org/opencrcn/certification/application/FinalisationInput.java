package org.opencrcn.certification.application;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.opencrcn.certification.domain.course.IncidentCategory;
import org.opencrcn.certification.domain.scoring.AbandonmentReason;

/**
 * What the centre gives when it finalises a session: the examiner comment, an abandonment reason
 * per unfinished test (by course id), and incident reports.
 */
public record FinalisationInput(
    String examinerComment,
    Map<Long, AbandonmentReason> abandonments,
    List<IncidentReport> incidents)
    implements Serializable {
  public FinalisationInput {
    abandonments = Map.copyOf(abandonments);
    incidents = List.copyOf(incidents);
  }

  /** An incident the centre reports on a candidate's test. */
  public record IncidentReport(long courseId, IncidentCategory category, String description)
      implements Serializable {}
}
