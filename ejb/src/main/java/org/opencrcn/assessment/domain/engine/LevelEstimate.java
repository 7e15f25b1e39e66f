package org.opencrcn.assessment.domain.engine;

import java.util.List;

/**
 * The learner's estimated level (docs/rules.md §4): over levels 0.5, 1.0 … 7.5, the one where the
 * answers given are best explained by a logistic model, with two virtual answers (a success at
 * difficulty 0, a failure at 7) so that the estimate exists from the first answer on.
 */
final class LevelEstimate {
  static final double MIN = 0.5;
  static final double MAX = 7.5;
  static final double STEP = 0.5;

  private LevelEstimate() {}

  static double probability(double level, double difficulty) {
    return 1 / (1 + Math.exp(-(level - difficulty)));
  }

  static double of(List<PositioningEngine.PastAnswer> answers) {
    double best = MIN;
    double bestGap = Double.MAX_VALUE;
    for (double level = MIN; level <= MAX + 1e-9; level += STEP) {
      double gap = (1 - probability(level, 0)) + (0 - probability(level, 7));
      for (PositioningEngine.PastAnswer answer : answers) {
        gap += (answer.right() ? 1 : 0) - probability(level, answer.level());
      }
      if (Math.abs(gap) < bestGap - 1e-12) {
        bestGap = Math.abs(gap);
        best = level;
      }
    }
    return best;
  }
}
