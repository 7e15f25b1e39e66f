package org.opencrcn.assessment.domain.discovery;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Which challenge a question of a discovery run asks: one of the skill's declinations, drawn at
 * random among those the learner has not seen yet (all of them once every one was seen). The draw
 * depends only on the run's seed and the question's position, so it is repeatable.
 */
public final class ChallengeDraw {
  private ChallengeDraw() {}

  /**
   * @param candidates the ids of the skill's challenges the learner may be asked
   * @param seen ids of challenges the learner already answered
   * @param position the question's position in the run, from 0
   */
  public static Optional<String> pick(
      List<String> candidates, Set<String> seen, long seed, int position) {
    List<String> unseen = candidates.stream().filter(id -> !seen.contains(id)).sorted().toList();
    List<String> pool = unseen.isEmpty() ? candidates.stream().sorted().toList() : unseen;
    if (pool.isEmpty()) {
      return Optional.empty();
    }
    // A different stream per question of the same run: two questions do not share their draw.
    SplittableRandom random = new SplittableRandom(seed + 0x9E3779B97F4A7C15L * (position + 1));
    return Optional.of(pool.get(random.nextInt(pool.size())));
  }
}
