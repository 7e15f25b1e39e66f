package org.opencrcn.assessment.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;
import org.opencrcn.assessment.domain.engine.PositioningEngine;
import org.opencrcn.assessment.domain.scoring.PositioningRules;

/**
 * Reads the positioning settings at deployment, so that a mistyped value stops it with the
 * setting's name.
 */
@Startup
@Singleton
public class PositioningSettingsCheck {
  private static final Logger LOG = Logger.getLogger(PositioningSettingsCheck.class.getName());

  @PostConstruct
  void check() {
    PositioningRules rules = AssessmentSettings.positioningRules();
    PositioningEngine engine = AssessmentSettings.positioningEngine();
    LOG.info(() -> "Positioning settings: " + rules + ", engine " + engine.name());
  }
}
