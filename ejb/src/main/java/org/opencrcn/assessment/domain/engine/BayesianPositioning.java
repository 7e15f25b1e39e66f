package org.opencrcn.assessment.domain.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The default engine (docs/positioning.md): a posterior over the learner's level, with room for a
 * slip and a guess, chooses the questions and the stop; the test goes on until the most likely
 * level is both likely enough and recorded, every skill up to it validated by the knowledge
 * elements. A failure does not end a tube for good: a skill the posterior still believes mastered
 * is asked again with another declination (a success validates it and the easier ones again).
 */
public final class BayesianPositioning implements PositioningEngine {
  public static final BayesianPositioning ENGINE = new BayesianPositioning();

  /** Assumed chance that a learner fails a skill they master. */
  static final double SLIP = Double.parseDouble(System.getProperty("bp.slip", "0.1"));

  /** Assumed chance that a learner passes a skill they do not master. */
  static final double GUESS = Double.parseDouble(System.getProperty("bp.guess", "0.2"));

  /** The test stops once the most likely level is at least this likely (and recorded). */
  static final double STOP_CONFIDENCE = Double.parseDouble(System.getProperty("bp.stop", "0.9"));

  /** Below this expected information (nats), a question is not worth asking. */
  static final double MIN_GAIN = Double.parseDouble(System.getProperty("bp.mingain", "0.02"));

  static final double NEAR_BEST_GAIN = Double.parseDouble(System.getProperty("bp.near", "0.8"));

  private BayesianPositioning() {}

  @Override
  public String name() {
    return "bayesian";
  }

  @Override
  public Optional<Challenge> next(Input input) {
    List<PastAnswer> answers = input.answers();
    LevelPosterior posterior =
        LevelPosterior.of(levels(input.skills(), input.maxReachableLevel()), answers, SLIP, GUESS);
    int estimateIndex = posterior.mostLikely();
    int estimate = posterior.level(estimateIndex);
    boolean confident = posterior.probability(estimateIndex) >= STOP_CONFIDENCE;

    Set<String> seen = new HashSet<>();
    answers.forEach(a -> seen.add(a.challengeId()));
    boolean first = answers.isEmpty();
    boolean avoidTimer = first || answers.get(answers.size() - 1).timed();

    // Askable: up to the highest reachable level, not validated, with an unseen declination.
    List<Skill> askable = new ArrayList<>();
    List<String> askedIn = new ArrayList<>();
    Map<String, Integer> pendingBelowEstimate = new HashMap<>();
    Map<String, Skill> highestPending = new HashMap<>();
    for (Skill skill : input.skills()) {
      if (skill.level() > input.maxReachableLevel()
          || input.validatedSkills().contains(skill.name())) {
        continue;
      }
      String locale = Declinations.firstLocaleWithUnseen(skill, seen, input.locales());
      if (skill.level() <= estimate) {
        pendingBelowEstimate.merge(skill.tube(), 1, Integer::sum);
      }
      if (locale == null) {
        continue;
      }
      askable.add(skill);
      askedIn.add(locale);
      if (skill.level() <= estimate) {
        Skill highest = highestPending.get(skill.tube());
        if (highest == null || skill.level() > highest.level()) {
          highestPending.put(skill.tube(), skill);
        }
      }
    }
    if (askable.isEmpty()) {
      return Optional.empty();
    }
    if (!confident) {
      double most = 0;
      for (Skill skill : askable) {
        most = Math.max(most, posterior.informationGain(skill.level()));
      }
      // Nothing left to ask can still move the estimate: record it and stop.
      confident = most < MIN_GAIN;
    }
    if (confident && highestPending.isEmpty()) {
      return Optional.empty();
    }

    double[] score = new double[askable.size()];
    double best = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < askable.size(); i++) {
      Skill skill = askable.get(i);
      boolean records = highestPending.get(skill.tube()) == skill;
      if (confident) {
        // Only recording is left: the hardest pending skill of each tube, the hardest first.
        score[i] = records ? skill.level() : Double.NEGATIVE_INFINITY;
      } else {
        score[i] = posterior.informationGain(skill.level());
      }
      best = Math.max(best, score[i]);
    }
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < askable.size(); i++) {
      boolean near =
          confident ? score[i] >= best - 1e-12 : score[i] >= best * NEAR_BEST_GAIN - 1e-12;
      if (near) {
        chosen.add(i);
      }
    }
    if (!confident) {
      // Among questions about as informative, the one whose success records the most.
      int most = 0;
      Map<Integer, Integer> recorded = new HashMap<>();
      for (int i : chosen) {
        Skill skill = askable.get(i);
        int settles =
            highestPending.get(skill.tube()) == skill
                ? pendingBelowEstimate.getOrDefault(skill.tube(), 0)
                : 0;
        recorded.put(i, settles);
        most = Math.max(most, settles);
      }
      int wanted = most;
      chosen.removeIf(i -> recorded.get(i) < wanted);
      if (most == 0) {
        double top = chosen.stream().mapToDouble(i -> score[i]).max().orElse(0);
        chosen.removeIf(i -> score[i] < top - 1e-12);
      }
    }
    if (avoidTimer) {
      chosen =
          Declinations.preferIfAny(
              chosen, i -> Declinations.hasUntimed(askable.get(i), askedIn.get(i), seen));
    }
    chosen = new ArrayList<>(chosen);
    chosen.sort((a, b) -> askable.get(a).name().compareTo(askable.get(b).name()));
    Random random = new Random(input.seed() * 31 + answers.size());
    int pick = chosen.get(random.nextInt(chosen.size()));
    return Optional.of(
        Declinations.pick(
            askable.get(pick), askedIn.get(pick), seen, avoidTimer, input.seenBefore(), random));
  }

  /** 0, then each level the competence has a skill of, up to the highest reachable one. */
  static int[] levels(List<Skill> skills, int maxReachableLevel) {
    TreeSet<Integer> levels = new TreeSet<>();
    levels.add(0);
    for (Skill skill : skills) {
      if (skill.level() <= maxReachableLevel) {
        levels.add(skill.level());
      }
    }
    return levels.stream().mapToInt(Integer::intValue).toArray();
  }
}
