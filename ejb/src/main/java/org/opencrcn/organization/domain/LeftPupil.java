package org.opencrcn.organization.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the record of a pupil who left keeps once anonymised: the school, class, level (MEF), sex
 * and birth year, for statistics; names, INE, birth place and day, and the link to an account go.
 */
public final class LeftPupil {
  /** Stands for every name of an anonymised record (the columns are mandatory). */
  public static final String ANONYMOUS_NAME = "ANONYME";

  private LeftPupil() {}

  /** Pupils disabled before this instant are anonymised at {@code now}. */
  public static Instant anonymisedFrom(Instant now, int months, ZoneId zone) {
    if (months < 0) {
      throw new IllegalArgumentException("A delay in months cannot be negative: " + months);
    }
    return now.atZone(zone).minusMonths(months).toInstant();
  }

  /** Only the year is kept: the first of January of the birth year. */
  public static LocalDate keptBirthdate(LocalDate birthdate) {
    return LocalDate.of(birthdate.getYear(), 1, 1);
  }

  /**
   * An INE no SIECLE file holds (unique per school, as the column requires): a pupil who comes back
   * gets a new record.
   */
  public static String anonymousIne(long pupilId) {
    return "ANON-" + pupilId;
  }
}
