package org.opencrcn.certification.domain.scoring;

import java.util.Objects;

/**
 * One challenge of a certification test as the scoring sees it: its competence, how it was
 * answered, and whether an administrator (or the centre's incident) neutralised it. A skipped,
 * timed-out or focus-lost answer is {@link Answer#WRONG}.
 */
public record ScoredChallenge(String competenceCode, Answer answer, boolean neutralised) {
  /** How the challenge was answered. */
  public enum Answer {
    CORRECT,
    WRONG,
    /** Never answered: the test ended before it (abandonment). */
    UNANSWERED
  }

  public ScoredChallenge {
    Objects.requireNonNull(competenceCode, "competenceCode");
    Objects.requireNonNull(answer, "answer");
  }

  /** The same challenge, neutralised or given back. */
  public ScoredChallenge withNeutralised(boolean value) {
    return new ScoredChallenge(competenceCode, answer, value);
  }
}
