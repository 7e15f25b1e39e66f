package org.opencrcn.certification.domain.course;

import jakarta.ejb.ApplicationException;

/** Joining, answering or supervising a sitting is refused, and why; nothing is changed. */
@ApplicationException(rollback = true)
public class CourseRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Each has a translated message in the screens' bundle ({@code certif.test.refused.NAME}). */
  public enum Reason {
    /** No session has that number and access code (either may be wrong: which is not said). */
    WRONG_CODES,
    /** The names and birthdate match no candidate of the session. */
    NO_MATCH,
    /** That candidate is someone else's: another account joined or is linked to them. */
    ANOTHER_ACCOUNT,
    /** Fewer than 5 competences at level 1 or more. */
    NOT_ELIGIBLE,
    /** The session is finalised: nobody joins it any more. */
    SESSION_CLOSED,
    /** The candidate's test is over (completed or ended by the supervisor). */
    FINISHED,
    /** The test is open in another browser; the supervisor may allow a resume here. */
    OTHER_DEVICE,
    /** The supervisor has not admitted the candidate yet. */
    NOT_ADMITTED,
    /** The test's time limit has passed: the answer is not recorded. */
    TIME_UP,
    /** The answer is to a question other than the one asked now (another tab, a resubmission). */
    NOT_CURRENT_QUESTION,
    /** An answer longer than 10,000 characters. */
    TOO_LONG,
    /** Nothing was typed or chosen: answer or skip. */
    EMPTY,
    /** Wrong session number or supervisor password for the room. */
    WRONG_PASSWORD,
    /** Too many wrong passwords: the room is closed to this address for a while. */
    TOO_MANY_ATTEMPTS,
    /** An end reason or incident description is missing or too long. */
    MISSING_REASON,
    /** The session takes place on a later day: it is joined on its day only. */
    NOT_ITS_DAY_YET,
    /** The session's day has passed: it can no longer be joined. */
    DAY_OVER,
    /** The centre finalised the session: a test not over is over, nothing more is answered. */
    FINALISED
  }

  private final Reason reason;

  public CourseRefusedException(Reason reason) {
    super("Certification course refused: " + reason);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
