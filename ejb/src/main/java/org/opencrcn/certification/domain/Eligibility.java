package org.opencrcn.certification.domain;

/**
 * Whether a candidate may be certified: level 1 or more on at least 5 competences, read from the
 * account linked to them. A candidate with no linked account is unknown, not ineligible.
 */
public enum Eligibility {
  ELIGIBLE,
  NOT_ELIGIBLE,
  UNKNOWN;

  public static final int MIN_LEVELLED_COMPETENCES = 5;

  /** From the number of competences at level 1 or more; null when no account is linked. */
  public static Eligibility of(Integer levelledCompetences) {
    if (levelledCompetences == null) {
      return UNKNOWN;
    }
    return levelledCompetences >= MIN_LEVELLED_COMPETENCES ? ELIGIBLE : NOT_ELIGIBLE;
  }
}
