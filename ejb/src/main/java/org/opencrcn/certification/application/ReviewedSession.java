package org.opencrcn.certification.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.opencrcn.certification.domain.SessionStatus;
import org.opencrcn.certification.domain.course.IncidentCategory;
import org.opencrcn.certification.domain.scoring.AbandonmentReason;
import org.opencrcn.certification.domain.scoring.ResultStatus;

/**
 * A session as a platform administrator reviews it: the centre's comment, and per candidate the
 * result, the abandonment reason, the incidents and the questions (to neutralise one).
 */
public record ReviewedSession(
    long sessionId,
    String centreName,
    LocalDate date,
    SessionStatus status,
    Instant finalisedAt,
    String examinerComment,
    String reviewComment,
    List<Candidate> candidates)
    implements Serializable {
  public ReviewedSession {
    candidates = List.copyOf(candidates);
  }

  /** One candidate's result. */
  public record Candidate(
      long resultId,
      long courseId,
      String familyName,
      String firstName,
      ResultStatus status,
      int reproducibilityPercent,
      int totalPix,
      AbandonmentReason abandonment,
      List<Incident> incidents,
      List<Question> questions)
      implements Serializable {}

  /** An incident reported by the supervisor or the centre. */
  public record Incident(IncidentCategory category, String description, String reportedBy)
      implements Serializable {}

  /** A question of the test, to neutralise or give back. */
  public record Question(
      int position, String challengeId, String competenceCode, String result, boolean neutralised)
      implements Serializable {}
}
