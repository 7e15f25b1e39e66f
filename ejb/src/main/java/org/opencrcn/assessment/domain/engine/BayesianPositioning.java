package org.opencrcn.assessment.domain.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The default engine (docs/positioning.md): a posterior over the learner's level, allowing for a
 * slip and a guess, chooses the questions and the stop. The test goes on until the most likely
 * level is likely enough and recorded: every skill up to it validated by the knowledge elements. A
 * failure does not close a tube for good: while the posterior still believes a skill mastered, it
 * (or a harder one of its tube up to the estimate) is asked again with another declination, and a
 * success validates it and the easier ones again, as the latest element counts.
 */
public final class BayesianPositioning implements PositioningEngine {
  public static final BayesianPositioning ENGINE = new BayesianPositioning();

  /**
   * Assumed chance of failing a mastered skill: above what pupils do, so that one slip is cheap.
   */
  static final double SLIP = 0.1;

  /** Assumed chance of passing a skill not mastered (a QCU of 4 proposals gives 0.25). */
  static final double GUESS = 0.2;

  /** Once the most likely level is at least this likely, the test only records it, then stops. */
  static final double STOP_CONFIDENCE = 0.95;

  /** A question expected to teach less than this (in nats) about the level is not worth asking. */
  static final double MIN_GAIN = 0.02;

  /**
   * A test asks at least this many questions when it can: a checkpoint's worth (every 5 answers),
   * so that every learner is shown what they missed, with its tutorials.
   */
  static final int MIN_QUESTIONS = 5;

  /** Questions teaching at least this share of the best one count as equally good. */
  static final double NEAR_BEST_GAIN = 0.8;

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
    int likely = posterior.mostLikely();
    Set<String> seen = new HashSet<>();
    answers.forEach(answer -> seen.add(answer.challengeId()));
    Askable askable = Askable.of(input, posterior.level(likely), seen);
    if (askable.skills().isEmpty()) {
      return Optional.empty();
    }
    double[] gains = posterior.informationGains();
    double bestGain = 0;
    for (Skill skill : askable.skills()) {
      bestGain = Math.max(bestGain, gains[skill.level()]);
    }
    boolean settled = posterior.probability(likely) >= STOP_CONFIDENCE || bestGain < MIN_GAIN;
    if (settled && askable.recording().isEmpty()) {
      if (answers.size() >= MIN_QUESTIONS) {
        return Optional.empty();
      }
      settled = false;
    }
    List<Integer> chosen =
        settled ? askable.hardestRecording() : askable.mostInformative(gains, bestGain);
    boolean avoidTimer = answers.isEmpty() || answers.get(answers.size() - 1).timed();
    if (avoidTimer) {
      chosen = Declinations.preferIfAny(chosen, i -> askable.untimed(i, seen));
    }
    chosen =
        chosen.stream()
            .sorted(Comparator.comparing((Integer i) -> askable.skills().get(i).name()))
            .toList();
    Random random = new Random(input.seed() * 31 + answers.size());
    int pick = chosen.get(random.nextInt(chosen.size()));
    return Optional.of(
        Declinations.pick(
            askable.skills().get(pick),
            askable.locales().get(pick),
            seen,
            avoidTimer,
            input.seenBefore(),
            random));
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

  /**
   * The skills that may be asked: up to the highest reachable level (above it, nothing changes the
   * level shown), not validated, with a declination not seen in this test; and, per tube, the one
   * that records the estimate: the hardest not validated at or below it, whose success validates
   * every easier skill of the tube.
   */
  private record Askable(
      List<Skill> skills, List<String> locales, List<Skill> recording, int[] pendingInTube) {

    static Askable of(Input input, int estimate, Set<String> seen) {
      List<Skill> skills = new ArrayList<>();
      List<String> locales = new ArrayList<>();
      List<String> tubes = new ArrayList<>();
      List<Skill> recording = new ArrayList<>();
      List<Integer> pending = new ArrayList<>();
      for (Skill skill : input.skills()) {
        if (skill.level() > input.maxReachableLevel()
            || input.validatedSkills().contains(skill.name())) {
          continue;
        }
        int tube = tubes.indexOf(skill.tube());
        if (tube < 0) {
          tube = tubes.size();
          tubes.add(skill.tube());
          recording.add(null);
          pending.add(0);
        }
        String locale = Declinations.firstLocaleWithUnseen(skill, seen, input.locales());
        if (skill.level() <= estimate) {
          pending.set(tube, pending.get(tube) + 1);
          Skill hardest = recording.get(tube);
          if (locale != null && (hardest == null || skill.level() > hardest.level())) {
            recording.set(tube, skill);
          }
        }
        if (locale != null) {
          skills.add(skill);
          locales.add(locale);
        }
      }
      int[] pendingInTube = new int[skills.size()];
      for (int i = 0; i < skills.size(); i++) {
        int tube = tubes.indexOf(skills.get(i).tube());
        pendingInTube[i] = recording.get(tube) == skills.get(i) ? pending.get(tube) : 0;
      }
      recording.removeIf(skill -> skill == null);
      return new Askable(skills, locales, recording, pendingInTube);
    }

    /** The recording skills of the hardest level. */
    List<Integer> hardestRecording() {
      int hardest = recording.stream().mapToInt(Skill::level).max().orElseThrow();
      List<Integer> chosen = new ArrayList<>();
      for (int i = 0; i < skills.size(); i++) {
        if (pendingInTube[i] > 0 && skills.get(i).level() == hardest) {
          chosen.add(i);
        }
      }
      return chosen;
    }

    /**
     * Among the questions about as informative as the best, those whose success records the most
     * skills; when none records any, the most informative.
     */
    List<Integer> mostInformative(double[] gains, double bestGain) {
      List<Integer> near = new ArrayList<>();
      int mostRecorded = 0;
      for (int i = 0; i < skills.size(); i++) {
        if (gains[skills.get(i).level()] >= bestGain * NEAR_BEST_GAIN - 1e-12) {
          near.add(i);
          mostRecorded = Math.max(mostRecorded, pendingInTube[i]);
        }
      }
      List<Integer> chosen = new ArrayList<>();
      for (int i : near) {
        boolean best =
            mostRecorded > 0
                ? pendingInTube[i] == mostRecorded
                : gains[skills.get(i).level()] >= bestGain - 1e-12;
        if (best) {
          chosen.add(i);
        }
      }
      return chosen;
    }

    boolean untimed(int index, Set<String> seen) {
      return Declinations.hasUntimed(skills.get(index), locales.get(index), seen);
    }
  }
}
