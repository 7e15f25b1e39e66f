package org.opencrcn.certification.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * What the centre types for a session: where, when, who supervises. Name and observation are
 * optional. {@link #check} says whether it may be planned at that moment.
 */
public record SessionDetails(
    String name,
    String site,
    String room,
    LocalDate date,
    LocalTime startTime,
    String supervisor,
    String observation)
    implements Serializable {

  /**
   * Refuses missing or too long fields and a date and time already past.
   *
   * @throws SessionRefusedException naming the first problem
   */
  public void check(LocalDateTime now) {
    if (blankOrLonger(site, 255)
        || blankOrLonger(room, 120)
        || blankOrLonger(supervisor, 255)
        || date == null
        || startTime == null
        || longer(name, 120)
        || longer(observation, 1000)) {
      throw new SessionRefusedException(SessionRefusedException.Reason.MISSING_FIELD);
    }
    if (!date.atTime(startTime).isAfter(now)) {
      throw new SessionRefusedException(SessionRefusedException.Reason.IN_THE_PAST);
    }
  }

  /** The same details with surrounding spaces removed and empty optional fields as null. */
  public SessionDetails stripped() {
    return new SessionDetails(
        optional(name),
        strip(site),
        strip(room),
        date,
        startTime,
        strip(supervisor),
        optional(observation));
  }

  private static boolean blankOrLonger(String value, int max) {
    return value == null || value.isBlank() || longer(value, max);
  }

  private static boolean longer(String value, int max) {
    return value != null && value.strip().length() > max;
  }

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }

  private static String optional(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
