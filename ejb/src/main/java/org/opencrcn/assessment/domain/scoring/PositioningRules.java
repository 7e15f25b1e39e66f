package org.opencrcn.assessment.domain.scoring;

/**
 * The settings of positioning (docs/rules.md §3), with the seed's defaults.
 *
 * @param improveDelayDays days after the last answer on a competence before it may be improved
 * @param resetDelayDays days after the last answer on a competence before it may be reset
 * @param maxReachableLevel the highest level a competence can show (6 in the seed, 7 at Pix today)
 * @param timerGraceSeconds what a timed answer may take beyond its timer, for the network and the
 *     page to travel, before it counts as "timedout"
 */
public record PositioningRules(
    int improveDelayDays, int resetDelayDays, int maxReachableLevel, int timerGraceSeconds) {
  public static final PositioningRules DEFAULTS =
      new PositioningRules(4, 7, CompetenceScore.DEFAULT_MAX_REACHABLE_LEVEL, 3);

  public PositioningRules {
    if (improveDelayDays < 0
        || resetDelayDays < 0
        || timerGraceSeconds < 0
        || maxReachableLevel < 1
        || maxReachableLevel > 8) {
      throw new IllegalStateException(
          "Positioning settings out of range: improve "
              + improveDelayDays
              + ", reset "
              + resetDelayDays
              + ", max level "
              + maxReachableLevel
              + ", timer grace "
              + timerGraceSeconds);
    }
  }
}
