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

  /** P(right) = 1 / (1 + e^−(θ − difficulty)), θ being the true level. */
  record Logistic() implements LearnerModel {
    @Override
    public boolean answersRight(double trueLevel, int skillLevel, Random random) {
      return random.nextDouble() < 1 / (1 + Math.exp(-(trueLevel - skillLevel)));
    }
  }
}
