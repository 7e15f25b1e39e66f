package org.opencrcn.tools.simulation;

import java.util.Random;

/** How a simulated learner answers a skill of a given level. */
sealed interface LearnerModel {
  boolean answersRight(double trueLevel, int skillLevel, Random random);

  /**
   * Masters every skill up to the true level; {@code slip}: chance of failing a mastered skill,
   * {@code guess}: chance of passing another one.
   */
  record Threshold(double slip, double guess) implements LearnerModel {
    @Override
    public boolean answersRight(double trueLevel, int skillLevel, Random random) {
      return skillLevel <= trueLevel ? random.nextDouble() >= slip : random.nextDouble() < guess;
    }
  }

  /**
   * P(right) = 1 / (1 + e^−(θ − difficulty)), θ being the true level + 0.5: a learner succeeds more
   * often than not at their own level (and a learner of level 0 fails level 1 more often than not),
   * which makes the figures comparable with the threshold model.
   */
  record Logistic() implements LearnerModel {
    static final double ABOVE_OWN_LEVEL = 0.5;

    @Override
    public boolean answersRight(double trueLevel, int skillLevel, Random random) {
      return random.nextDouble() < 1 / (1 + Math.exp(-(trueLevel + ABOVE_OWN_LEVEL - skillLevel)));
    }
  }
}
