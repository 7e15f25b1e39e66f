package org.opencrcn.assessment.domain.engine;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Chooses the next challenge of a competence positioning test (docs/rules.md §4, "smart random").
 * Plain Java, no state: the same input always gives the same choice, so a test can be resumed and a
 * decision replayed.
 */
public final class SmartRandom {
  static final double FIRST_ESTIMATE = 2;
  static final int EASY_TUBE_MAX_LEVEL = 3;
  static final int MAX_LEVELS_ABOVE_ESTIMATE = 2;
  static final int PREFERRED_FIRST_LEVEL = 2;

  private SmartRandom() {}

  /** A skill of the competence with its playable challenges. */
  public record Skill(String name, String tube, int level, List<Challenge> challenges) {}

  /** A playable challenge. */
  public record Challenge(String id, String locale, boolean timed) {}

  /** An answer already given in this test, oldest first. */
  public record PastAnswer(String challengeId, int level, boolean right, boolean timed) {}

  /**
   * @param knownSkills skills with a knowledge element (direct or inferred)
   * @param locales the learner's language first, then the fallbacks: a skill is asked in the first
   *     of them it has an unseen challenge in
   * @param seenBefore challenges answered in earlier tests of the competence: asked again only when
   *     a skill has no other (improving a competence re-asks failed skills with fresh declinations)
   * @param seed fixed per assessment: ties are broken the same way on every replay
   */
  public record Input(
      List<Skill> skills,
      List<PastAnswer> answers,
      Set<String> knownSkills,
      List<String> locales,
      Set<String> seenBefore,
      long seed) {
    /** A first test in one language. */
    public Input(
        List<Skill> skills,
        List<PastAnswer> answers,
        Set<String> knownSkills,
        String locale,
        long seed) {
      this(skills, answers, knownSkills, List.of(locale), Set.of(), seed);
    }
  }

  /** The next challenge, or empty when the test is over (no skill left worth asking). */
  public static Optional<Challenge> next(Input input) {
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
        String locale = firstLocaleWithUnseen(skill, seen, input.locales());
        if (locale != null) {
          askedIn.put(skill, locale);
        }
      }
    }
    List<Skill> candidates = input.skills().stream().filter(askedIn::containsKey).toList();
    Map<String, Integer> tubeMaxLevel =
        input.skills().stream().collect(Collectors.toMap(Skill::tube, Skill::level, Math::max));
    candidates = preferIfAny(candidates, s -> tubeMaxLevel.get(s.tube()) <= EASY_TUBE_MAX_LEVEL);
    boolean avoidTimer = first || afterTimed;
    if (avoidTimer) {
      candidates =
          preferIfAny(
              candidates,
              s ->
                  s.challenges().stream()
                      .anyMatch(c -> playable(c, askedIn.get(s), seen) && !c.timed()));
    }
    if (first) {
      candidates = preferIfAny(candidates, s -> s.level() == PREFERRED_FIRST_LEVEL);
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
    List<Challenge> playable =
        skill.challenges().stream()
            .filter(c -> playable(c, askedIn.get(skill), seen))
            .sorted(Comparator.comparing(Challenge::id))
            .toList();
    List<Challenge> challenges = preferIfAny(playable, c -> !avoidTimer || !c.timed());
    challenges = preferIfAny(challenges, c -> !input.seenBefore().contains(c.id()));
    return Optional.of(challenges.get(random.nextInt(challenges.size())));
  }

  /**
   * The first preferred locale the skill has a challenge not yet seen in this test in; null if
   * none.
   */
  private static String firstLocaleWithUnseen(Skill skill, Set<String> seen, List<String> locales) {
    for (String locale : locales) {
      for (Challenge challenge : skill.challenges()) {
        if (playable(challenge, locale, seen)) {
          return locale;
        }
      }
    }
    return null;
  }

  private static boolean playable(Challenge challenge, String locale, Set<String> seen) {
    return challenge.locale().equals(locale) && !seen.contains(challenge.id());
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

  private static <T> List<T> preferIfAny(List<T> items, Predicate<T> preferred) {
    List<T> kept = items.stream().filter(preferred).toList();
    return kept.isEmpty() ? items : kept;
  }
}
