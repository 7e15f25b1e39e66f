package org.opencrcn.certification.domain.scoring;

import java.util.Objects;

/**
 * One challenge of a v3 (flash) test as its scoring sees it: how it was answered, whether it was
 * neutralised, and the IRT parameters it was drawn with (calibrated, or derived from its skill's
 * level as the test does).
 */
public record FlashChallenge(ScoredChallenge challenge, double discrimination, double difficulty) {
  public FlashChallenge {
    Objects.requireNonNull(challenge, "challenge");
  }

  String competenceCode() {
    return challenge.competenceCode();
  }
}
