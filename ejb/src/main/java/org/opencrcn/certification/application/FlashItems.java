package org.opencrcn.certification.application;

import org.opencrcn.certification.domain.course.FlashEstimate;
import org.opencrcn.referential.application.ChallengeTraits;

/**
 * A challenge's flash parameters: the content's calibration when it gives one, else those derived
 * from its skill's level ({@link FlashEstimate#uncalibrated}). The v3 test draws with them and its
 * scoring estimates with the same ones.
 */
final class FlashItems {
  private FlashItems() {}

  static FlashEstimate.Item item(
      String id, String competence, String tube, String skill, int level, ChallengeTraits traits) {
    if (traits != null && traits.irtDiscriminant() != null && traits.irtDifficulty() != null) {
      return new FlashEstimate.Item(
          id, competence, tube, skill, level, traits.irtDiscriminant(), traits.irtDifficulty());
    }
    return FlashEstimate.uncalibrated(id, competence, tube, skill, level);
  }
}
