package org.opencrcn.certification.application;

import java.io.Serializable;
import java.util.List;
import org.opencrcn.certification.domain.SessionStatus;
import org.opencrcn.certification.domain.course.CourseStatus;

/**
 * The finalisation page of a session: its status and comment, and each candidate who joined with
 * where their test stands; {@code needsReason} marks the unfinished tests.
 */
public record FinalisationSheet(
    long sessionId, SessionStatus status, String examinerComment, List<Line> tests)
    implements Serializable {
  public FinalisationSheet {
    tests = List.copyOf(tests);
  }

  /** One candidate's test. */
  public record Line(
      long courseId,
      String familyName,
      String firstName,
      CourseStatus status,
      int answered,
      boolean needsReason)
      implements Serializable {}

  public boolean finalisable() {
    return status == SessionStatus.CREATED || status == SessionStatus.TO_FINALISE;
  }
}
