package org.opencrcn.assessment.application;

import org.opencrcn.assessment.domain.engine.PositioningEngine;
import org.opencrcn.assessment.domain.scoring.PositioningRules;
import org.opencrcn.shared.Settings;

/**
 * Assessment's settings, read here and passed to the domain (which reads no environment): {@code
 * opencrcn.positioning.*} properties or {@code OPENCRCN_POSITIONING_*} variables.
 */
public final class AssessmentSettings {
  /** The setting naming the engine of this server. */
  public static final String ENGINE = "opencrcn.positioning.engine";

  private AssessmentSettings() {}

  public static PositioningRules positioningRules() {
    PositioningRules defaults = PositioningRules.DEFAULTS;
    return new PositioningRules(
        Settings.integer("opencrcn.positioning.improve-delay-days", defaults.improveDelayDays()),
        Settings.integer("opencrcn.positioning.reset-delay-days", defaults.resetDelayDays()),
        Settings.integer("opencrcn.positioning.max-reachable-level", defaults.maxReachableLevel()),
        Settings.integer("opencrcn.positioning.timer-grace-seconds", defaults.timerGraceSeconds()));
  }

  /**
   * The engine of this server, the first of {@link PositioningEngine#ALL} by default.
   *
   * @throws IllegalStateException when the setting names no engine
   */
  public static PositioningEngine positioningEngine() {
    try {
      return Settings.text(ENGINE)
          .map(PositioningEngine::named)
          .orElse(PositioningEngine.ALL.get(0));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("Setting " + ENGINE + ": " + e.getMessage(), e);
    }
  }
}
