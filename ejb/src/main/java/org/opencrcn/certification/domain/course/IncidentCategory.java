package org.opencrcn.certification.domain.course;

/**
 * What went wrong during a sitting, as the supervisor reports it (the categories of the session
 * minutes). Scoring decides what each one changes; the supervisor only records it.
 */
public enum IncidentCategory {
  LATE_OR_LEAVING,
  TECHNICAL_PROBLEM,
  QUESTION_PROBLEM,
  FRAUD,
  CANDIDATE_DETAILS,
  OTHER
}
