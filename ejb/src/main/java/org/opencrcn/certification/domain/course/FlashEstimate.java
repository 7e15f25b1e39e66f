package org.opencrcn.certification.domain.course;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The flash algorithm (v3, docs/certification.md "v3"): item response theory with two parameters.
 * The probability of a right answer is P = 1 / (1 + exp(a (δ − θ))) for a challenge of
 * discrimination a and difficulty δ and a candidate of ability θ. The ability is the posterior mean
 * over a grid from −9 to 9 (step 0.225) with a Gaussian prior of variance 1.5; the next challenge
 * is drawn among the {@value #AMONG} most informative (Fisher information P (1 − P) a²) — the best
 * with 51 % chance, else the same draw among the rest — with one challenge per tube, avoiding the
 * competences of the last two answers while another is left.
 */
public final class FlashEstimate {
  static final double GRID_MIN = -9;
  static final double GRID_STEP = 0.225;
  static final int GRID_POINTS = 81;
  static final double PRIOR_VARIANCE = 1.5;
  static final int AMONG = 5;
  static final double FIRST_CHANCE = 0.51;

  private FlashEstimate() {}

  /** A challenge with its IRT parameters (calibrated or derived from its skill's level). */
  public record Item(
      String challengeId,
      String competenceCode,
      String tube,
      String skillName,
      int skillLevel,
      double discrimination,
      double difficulty) {}

  /** An answered item: right or not (skipped, timed out and focus lost are not right). */
  public record Response(Item item, boolean right) {}

  /**
   * The parameters of a challenge the content gives none for: discrimination 1.5 and difficulty
   * (skill level − 4), so that levels 1 to 7 spread over −3 to 3, as calibrated challenges do.
   */
  public static Item uncalibrated(
      String challengeId, String competenceCode, String tube, String skillName, int level) {
    return new Item(challengeId, competenceCode, tube, skillName, level, 1.5, level - 4.0);
  }

  public static double probability(double ability, Item item) {
    return 1 / (1 + Math.exp(item.discrimination() * (item.difficulty() - ability)));
  }

  /** The posterior mean ability after these responses. */
  public static double ability(List<Response> responses) {
    return ability(responses, 0);
  }

  /**
   * The posterior mean ability after these responses, the prior centred on {@code priorMean}
   * (scoring centres a competence's estimate on the whole test's, so that its few answers move it
   * from there rather than from 0).
   */
  public static double ability(List<Response> responses, double priorMean) {
    double weighted = 0;
    double total = 0;
    for (int i = 0; i < GRID_POINTS; i++) {
      double theta = GRID_MIN + i * GRID_STEP;
      double density = Math.exp(-(theta - priorMean) * (theta - priorMean) / (2 * PRIOR_VARIANCE));
      for (Response r : responses) {
        double p = probability(theta, r.item());
        density *= r.right() ? p : 1 - p;
      }
      weighted += theta * density;
      total += density;
    }
    return total == 0 ? priorMean : weighted / total;
  }

  /** The next challenge, or null when none is left to ask. */
  public static Item next(List<Item> pool, List<Response> responses, Set<String> seen, long seed) {
    double ability = ability(responses);
    Set<String> usedTubes = new java.util.HashSet<>();
    Set<String> askedIds = new java.util.HashSet<>(seen);
    responses.forEach(
        r -> {
          usedTubes.add(r.item().tube());
          askedIds.add(r.item().challengeId());
        });
    Set<String> recentCompetences = new java.util.HashSet<>();
    for (int i = Math.max(0, responses.size() - 2); i < responses.size(); i++) {
      recentCompetences.add(responses.get(i).item().competenceCode());
    }
    List<Item> open =
        pool.stream()
            .filter(item -> !askedIds.contains(item.challengeId()))
            .filter(item -> !usedTubes.contains(item.tube()))
            .toList();
    List<Item> elsewhere =
        open.stream().filter(i -> !recentCompetences.contains(i.competenceCode())).toList();
    List<Item> candidates = new ArrayList<>(elsewhere.isEmpty() ? open : elsewhere);
    if (candidates.isEmpty()) {
      return null;
    }
    candidates.sort(
        Comparator.comparingDouble((Item i) -> -information(ability, i))
            .thenComparing(Item::challengeId));
    List<Item> best = candidates.subList(0, Math.min(AMONG, candidates.size()));
    Random random = new Random(seed + responses.size());
    for (Item item : best) {
      if (random.nextDouble() < FIRST_CHANCE) {
        return item;
      }
    }
    return best.get(best.size() - 1);
  }

  static double information(double ability, Item item) {
    double p = probability(ability, item);
    return p * (1 - p) * item.discrimination() * item.discrimination();
  }
}
