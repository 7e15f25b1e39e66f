package org.opencrcn.certification.domain.course;

/**
 * Where a candidate's sitting is: waiting for the supervisor, admitted, under way, then either
 * completed (every question answered or the time limit reached) or ended by the supervisor.
 */
public enum CourseStatus {
  WAITING,
  ADMITTED,
  STARTED,
  ENDED_BY_SUPERVISOR,
  COMPLETED;

  /** Completed or ended: nothing more is answered. */
  public boolean finished() {
    return this == ENDED_BY_SUPERVISOR || this == COMPLETED;
  }
}
