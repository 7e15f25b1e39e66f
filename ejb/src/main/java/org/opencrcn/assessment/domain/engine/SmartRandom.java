package org.opencrcn.assessment.domain.engine;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pix's algorithm (docs/rules.md §4, "smart random"), kept behind the setting {@code smart-random}
 * to compare with {@link BayesianPositioning}: an estimated level, the skill that settles most
 * untested skills of its tube, a stop when no skill has a positive reward.
 */
public final class SmartRandom implements PositioningEngine {
  public static final SmartRandom ENGINE = new SmartRandom();

  static final double FIRST_ESTIMATE = 2;
  static final int EASY_TUBE_MAX_LEVEL = 3;
  static final int MAX_LEVELS_ABOVE_ESTIMATE = 2;
  static final int PREFERRED_FIRST_LEVEL = 2;

  private SmartRandom() {}

  @Override
  public String name() {
    return "smart-random";
  }

  /** The next challenge, or empty when the test is over (no skill left worth asking). */
  @Override
  public Optional<Challenge> next(Input input) {
    boolean first = input.answers().isEmpty();
    double estimate = first ? FIRST_ESTIMATE : LevelEstimate.of(input.answers());
    Set<String> seen =
        input.answers().stream().map(PastAnswer::challengeId).collect(Collectors.toSet());
    boolean afterTimed = !first && input.answers().get(input.answers().size() - 1).timed();

    // By identity: a record's hash would walk its whole challenge list at each lookup.
    Map<Skill, String> askedIn = new IdentityHashMap<>();
    for (Skill skill : input.skills()) {
      if (!input.knownSkills().contains(skill.name())
          && skill.level() <= estimate + MAX_LEVELS_ABOVE_ESTIMATE) {
        String locale = Declinations.firstLocaleWithUnseen(skill, seen, input.locales());
        if (locale != null) {
          askedIn.put(skill, locale);
        }
      }
    }
    List<Skill> candidates = input.skills().stream().filter(askedIn::containsKey).toList();
    Map<String, Integer> tubeMaxLevel =
        input.skills().stream().collect(Collectors.toMap(Skill::tube, Skill::level, Math::max));
    candidates =
        Declinations.preferIfAny(
            candidates, s -> tubeMaxLevel.get(s.tube()) <= EASY_TUBE_MAX_LEVEL);
    boolean avoidTimer = first || afterTimed;
    if (avoidTimer) {
      candidates =
          Declinations.preferIfAny(
              candidates,
              s ->
                  s.challenges().stream()
                      .anyMatch(c -> Declinations.playable(c, askedIn.get(s), seen) && !c.timed()));
    }
    if (first) {
      candidates = Declinations.preferIfAny(candidates, s -> s.level() == PREFERRED_FIRST_LEVEL);
    }

    Map<String, List<Skill>> untestedByTube =
        input.skills().stream()
            .filter(s -> !input.knownSkills().contains(s.name()))
            .collect(Collectors.groupingBy(Skill::tube));
    List<Skill> best = bestRewarded(candidates, untestedByTube, estimate);
    if (best.isEmpty()) {
      return Optional.empty();
    }
    Random random = new Random(input.seed() * 31 + input.answers().size());
    Skill skill = best.get(random.nextInt(best.size()));
    return Optional.of(
        Declinations.pick(skill, askedIn.get(skill), seen, avoidTimer, input.seenBefore(), random));
  }

  /** The candidates of highest positive reward, in name order (ties are then drawn at random). */
  private static List<Skill> bestRewarded(
      List<Skill> candidates, Map<String, List<Skill>> untestedByTube, double estimate) {
    Map<Skill, Double> rewards = new IdentityHashMap<>();
    candidates.forEach(s -> rewards.put(s, reward(s, untestedByTube.get(s.tube()), estimate)));
    double best = rewards.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    if (best <= 0) {
      return List.of();
    }
    return candidates.stream()
        .filter(s -> Math.abs(rewards.get(s) - best) <= 1e-12)
        .sorted(Comparator.comparing(Skill::name))
        .toList();
  }

  /**
   * What asking the skill teaches: if right (probability P), every untested skill of its tube at or
   * below it; if wrong, every untested one at or above it.
   */
  static double reward(Skill skill, List<Skill> untestedOfTube, double estimate) {
    double p = LevelEstimate.probability(estimate, skill.level());
    int below = 0;
    int above = 0;
    for (Skill other : untestedOfTube) {
      below += other.level() <= skill.level() ? 1 : 0;
      above += other.level() >= skill.level() ? 1 : 0;
    }
    return p * below + (1 - p) * above;
  }
}
