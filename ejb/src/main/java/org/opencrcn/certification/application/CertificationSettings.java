package org.opencrcn.certification.application;

import java.time.Duration;
import org.opencrcn.certification.domain.course.TestAlgorithm;
import org.opencrcn.shared.Settings;

/** The settings of the certification test (README, Configuration), read once per call. */
final class CertificationSettings {
  static final String ALGORITHM = "opencrcn.certification.algorithm";
  static final String TIME_LIMIT = "opencrcn.certification.time-limit-minutes";
  static final String FLASH_QUESTIONS = "opencrcn.certification.flash-questions";

  /** The content's own language: challenges are drawn in it when the candidate's has none. */
  static final String CONTENT_LOCALE = "fr";

  private CertificationSettings() {}

  /** What a timed answer may take beyond its timer, for the network: the positioning setting. */
  static int timerGraceSeconds() {
    return org.opencrcn.assessment.application.AssessmentSettings.positioningRules()
        .timerGraceSeconds();
  }

  /** V2 unless {@code opencrcn.certification.algorithm=V3}. */
  static TestAlgorithm algorithm() {
    return Settings.text(ALGORITHM)
        .map(String::trim)
        .filter(v -> v.equalsIgnoreCase("V3"))
        .map(v -> TestAlgorithm.V3)
        .orElse(TestAlgorithm.V2);
  }

  /** The whole test's time, before the candidate's extra time: 45 minutes by default. */
  static Duration timeLimit() {
    return Duration.ofMinutes(Settings.integer(TIME_LIMIT, 45));
  }

  /** How many questions a v3 (flash) test asks: 20 by default. */
  static int flashQuestions() {
    return Settings.integer(FLASH_QUESTIONS, 20);
  }
}
