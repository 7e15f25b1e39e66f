package org.opencrcn.assessment.domain.engine;

import java.util.List;

/**
 * How likely each level is, given the answers (Bayes' rule, uniform prior): a learner of level k
 * answers a skill of level at most k right unless they slip, and a harder one right only when they
 * guess. Levels are the competence's own (0, then each level it has a skill of, up to the highest
 * reachable one, which stands for "that level or more").
 */
final class LevelPosterior {
  private final int[] levels;
  private final double[] probabilities;
  private final double slip;
  private final double guess;

  private LevelPosterior(int[] levels, double[] probabilities, double slip, double guess) {
    this.levels = levels;
    this.probabilities = probabilities;
    this.slip = slip;
    this.guess = guess;
  }

  /**
   * @param levels the possible levels, ascending, starting with 0
   * @param answers answers to skills above the last level are left out (they cannot tell the
   *     possible levels apart)
   */
  static LevelPosterior of(
      int[] levels, List<PositioningEngine.PastAnswer> answers, double slip, double guess) {
    double[] p = new double[levels.length];
    java.util.Arrays.fill(p, 1.0 / levels.length);
    LevelPosterior posterior = new LevelPosterior(levels, p, slip, guess);
    int top = levels[levels.length - 1];
    for (PositioningEngine.PastAnswer answer : answers) {
      if (answer.level() <= top) {
        posterior.update(answer.level(), answer.right(), p);
      }
    }
    return posterior;
  }

  double probability(int index) {
    return probabilities[index];
  }

  int size() {
    return levels.length;
  }

  int level(int index) {
    return levels[index];
  }

  /** The index of the most likely level (the lower one on a tie). */
  int mostLikely() {
    int best = 0;
    for (int i = 1; i < probabilities.length; i++) {
      if (probabilities[i] > probabilities[best] + 1e-12) {
        best = i;
      }
    }
    return best;
  }

  /** Probability of a right answer to a skill of this level. */
  double rightChance(int skillLevel) {
    double right = 0;
    for (int i = 0; i < levels.length; i++) {
      right += probabilities[i] * (levels[i] >= skillLevel ? 1 - slip : guess);
    }
    return right;
  }

  /**
   * {@link #informationGain} of a skill of each level from 0 to the highest (computed once per
   * decision: many skills share a level).
   */
  double[] informationGains() {
    double[] gains = new double[levels[levels.length - 1] + 1];
    for (int level : levels) {
      gains[level] = informationGain(level);
    }
    return gains;
  }

  /**
   * Expected fall of the posterior's entropy (in nats) from one answer to a skill of this level.
   */
  double informationGain(int skillLevel) {
    double right = rightChance(skillLevel);
    double afterRight = 0;
    double afterWrong = 0;
    for (int i = 0; i < levels.length; i++) {
      double ifRight = levels[i] >= skillLevel ? 1 - slip : guess;
      afterRight += plogp(probabilities[i] * ifRight / right);
      afterWrong += plogp(probabilities[i] * (1 - ifRight) / (1 - right));
    }
    return entropy() - (-right * afterRight - (1 - right) * afterWrong);
  }

  double entropy() {
    double h = 0;
    for (double p : probabilities) {
      h -= plogp(p);
    }
    return h;
  }

  private static double plogp(double p) {
    return p <= 0 ? 0 : p * Math.log(p);
  }

  private void update(int skillLevel, boolean right, double[] p) {
    double total = 0;
    for (int i = 0; i < levels.length; i++) {
      double ifRight = levels[i] >= skillLevel ? 1 - slip : guess;
      p[i] *= right ? ifRight : 1 - ifRight;
      total += p[i];
    }
    for (int i = 0; i < levels.length; i++) {
      p[i] /= total;
    }
  }
}
