package org.opencrcn.certification.domain.scoring;

/**
 * The level and pix of a v3 (flash) certification from the candidate's estimated ability θ. The
 * scale is the one the v3 test draws challenges on: a challenge of skill level L has difficulty L −
 * 4 (uncalibrated content), so a candidate of ability θ answers skills of level L right at least
 * half the time when L ≤ θ + 4. Hence level = ⌊θ + 4⌋ and, within the level, pix grow with θ as
 * positioning's 8 pix a level: pix = ⌊(θ + 4) × 8⌋. Both are clamped to 0 and to the highest
 * reachable level (whose 8 pix are its last).
 */
public final class FlashLevels {
  /** Ability at level 0, pix 0: θ = −4. */
  public static final double OFFSET = 4;

  private FlashLevels() {}

  /** The certified level for ability {@code theta}, from 0 to {@code maxLevel}. */
  public static int level(double theta, int maxLevel) {
    if (Double.isNaN(theta)) {
      throw new IllegalArgumentException("no ability");
    }
    return (int) Math.max(0, Math.min(maxLevel, Math.floor(theta + OFFSET)));
  }

  /** The pix for ability {@code theta}, from 0 to the last pix of {@code maxLevel}. */
  public static int pix(double theta, int maxLevel) {
    if (Double.isNaN(theta)) {
      throw new IllegalArgumentException("no ability");
    }
    int last = maxLevel * CompetenceMark.PIX_PER_LEVEL + CompetenceMark.PIX_PER_LEVEL - 1;
    return (int)
        Math.max(0, Math.min(last, Math.floor((theta + OFFSET) * CompetenceMark.PIX_PER_LEVEL)));
  }
}
