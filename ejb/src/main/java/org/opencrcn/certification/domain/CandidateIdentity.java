package org.opencrcn.certification.domain;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Who a candidate is, as enrolled: names and birth data (the candidate gives them again to join),
 * their class or external id, the extra time they are granted and who receives their result.
 */
public record CandidateIdentity(
    String familyName,
    String firstName,
    String sex,
    LocalDate birthdate,
    String birthTown,
    String birthDepartment,
    String birthCountry,
    String externalId,
    int extraTimePercent,
    String resultRecipientEmail)
    implements Serializable {

  /** Extra time is a percentage of the test's time, from 0 to less than 1000. */
  public static final int MAX_EXTRA_TIME_EXCLUDED = 1000;

  /**
   * Refuses missing names or birthdate, a birthdate in the future and an extra time out of range.
   *
   * @throws SessionRefusedException naming the first problem
   */
  public void check(LocalDate today) {
    if (familyName == null
        || familyName.isBlank()
        || firstName == null
        || firstName.isBlank()
        || birthdate == null) {
      throw new SessionRefusedException(SessionRefusedException.Reason.MISSING_FIELD);
    }
    if (birthdate.isAfter(today)) {
      throw new SessionRefusedException(SessionRefusedException.Reason.BIRTHDATE_IN_THE_FUTURE);
    }
    if (extraTimePercent < 0 || extraTimePercent >= MAX_EXTRA_TIME_EXCLUDED) {
      throw new SessionRefusedException(SessionRefusedException.Reason.EXTRA_TIME);
    }
  }
}
