package org.opencrcn.certification.domain.result;

import jakarta.ejb.ApplicationException;

/**
 * A finalisation, review or publication is refused, and why (messages {@code certif.results.*});
 * the transaction is rolled back, so nothing is changed.
 */
@ApplicationException(rollback = true)
public class ResultRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    /** The session was finalised already: finalising twice is refused. */
    ALREADY_FINALISED,
    /** The session's time has not come yet. */
    NOT_HELD_YET,
    /** The examiner comment is over 500 characters. */
    COMMENT_TOO_LONG,
    /** An unfinished test has no abandonment reason. */
    REASON_MISSING,
    /** A reason or an incident names a test that is not one of the session's. */
    UNKNOWN_TEST,
    /** An incident without category, or with a description over 2000 characters. */
    INCIDENT_INVALID,
    /** The session's results are not computed yet (not finalised). */
    NOT_PROCESSED,
    /** The results were published already: publishing twice, or changing them, is refused. */
    ALREADY_PUBLISHED,
    /** The challenge named is not one of the test's. */
    UNKNOWN_CHALLENGE
  }

  private final Reason reason;

  public ResultRefusedException(Reason reason) {
    super(reason.name());
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
