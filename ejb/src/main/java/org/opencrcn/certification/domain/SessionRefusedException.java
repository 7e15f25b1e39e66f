package org.opencrcn.certification.domain;

import jakarta.ejb.ApplicationException;

/** A change to a session or its candidates is refused, and why; nothing is changed. */
@ApplicationException(rollback = true)
public class SessionRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Each has a translated message in the screens' bundle ({@code certif.refused.NAME}). */
  public enum Reason {
    /** The session's date and time are already past. */
    IN_THE_PAST,
    /** The session has started: its time has come or a candidate has begun. */
    STARTED,
    /** A candidate has begun the test: the session cannot be deleted. */
    CANDIDATE_STARTED,
    /** A required field (site, room, supervisor, date, time) is empty or too long. */
    MISSING_FIELD,
    /** The person is already a candidate of this session. */
    ALREADY_ENROLLED,
    /** The pupil is not one of the centre's organisation's active pupils. */
    NOT_A_PUPIL_OF_THE_SCHOOL,
    /** Extra time must be from 0 to less than 1000 %. */
    EXTRA_TIME,
    /** A birthdate cannot be in the future. */
    BIRTHDATE_IN_THE_FUTURE,
    /** A SCO centre without an organisation has no pupils to enrol. */
    NO_ORGANISATION,
    /** No pupil was chosen. */
    NOTHING_CHOSEN,
    /** A pupil's identity comes from their SIECLE record: only typed candidates are edited. */
    NOT_TYPED
  }

  private final Reason reason;

  public SessionRefusedException(Reason reason) {
    super("Session change refused: " + reason);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
