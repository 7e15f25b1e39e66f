package org.opencrcn.organization.application.pupils;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A pupil in Orga's list. {@code levelledCompetences} is null when no account is linked (nothing
 * known of the pupil's skills), otherwise the number of competences at level 1 or more.
 */
public record PupilSummary(
    long id,
    String familyName,
    String usageName,
    String firstName,
    String otherFirstNames,
    LocalDate birthdate,
    String division,
    boolean linked,
    Integer levelledCompetences)
    implements Serializable {

  /** Certification needs level 1 or more on 5 competences (docs/rules.md §7). */
  public boolean certifiable() {
    return levelledCompetences != null && levelledCompetences >= 5;
  }
}
