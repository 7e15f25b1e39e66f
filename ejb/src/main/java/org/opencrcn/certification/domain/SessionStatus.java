package org.opencrcn.certification.domain;

import java.time.LocalDate;

/**
 * Where a session stands: created, then to be finalised once its day has passed, then finalised by
 * the centre, processed (results computed) and published. "To finalise" is never stored: it is a
 * created session whose date is past.
 */
public enum SessionStatus {
  CREATED,
  TO_FINALISE,
  FINALISED,
  PROCESSED,
  PUBLISHED;

  /** The status a person sees, from the stored one and the session's date. */
  public static SessionStatus shown(SessionStatus stored, LocalDate sessionDate, LocalDate today) {
    if (stored == CREATED && sessionDate.isBefore(today)) {
      return TO_FINALISE;
    }
    return stored;
  }
}
