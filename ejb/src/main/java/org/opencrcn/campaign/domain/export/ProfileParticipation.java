package org.opencrcn.campaign.domain.export;

import java.time.Instant;

/**
 * One participant of a profiles collection as the export reads it: {@code levels[i]} and {@code
 * pix[i]} are the participant's level and pix on the header's i-th competence when they sent their
 * profile ({@code sharedAt}, {@code null} while not sent).
 */
public record ProfileParticipation(
    String lastName,
    String firstName,
    String division,
    String externalId,
    Instant sharedAt,
    int[] levels,
    int[] pix) {

  /** Level a competence needs to count towards certification eligibility. */
  static final int CERTIFIABLE_LEVEL = 1;

  /** Competences a profile needs at level 1 or more to be certifiable. */
  static final int CERTIFIABLE_COMPETENCES = 5;

  public boolean shared() {
    return sharedAt != null;
  }

  public int totalPix() {
    int total = 0;
    for (int value : pix) {
      total += value;
    }
    return total;
  }

  public int certifiableCompetences() {
    int count = 0;
    for (int level : levels) {
      if (level >= CERTIFIABLE_LEVEL) {
        count++;
      }
    }
    return count;
  }

  /** Eligibility for certification: level 1 or more on at least 5 competences. */
  public boolean certifiable() {
    return certifiableCompetences() >= CERTIFIABLE_COMPETENCES;
  }
}
