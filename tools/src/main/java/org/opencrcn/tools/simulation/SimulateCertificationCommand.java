package org.opencrcn.tools.simulation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.opencrcn.assessment.domain.engine.PositioningEngine;
import org.opencrcn.assessment.domain.scoring.CompetenceScore;
import org.opencrcn.assessment.domain.scoring.KnowledgeElement;
import org.opencrcn.certification.domain.course.FlashEstimate;
import org.opencrcn.certification.domain.course.PlannedChallenge;
import org.opencrcn.certification.domain.course.TestComposition;
import org.opencrcn.certification.domain.course.TestComposition.ChallengeOption;
import org.opencrcn.certification.domain.course.TestComposition.CompetenceKnowledge;
import org.opencrcn.certification.domain.course.TestComposition.KnownSkill;
import org.opencrcn.certification.domain.scoring.CertificationScore;
import org.opencrcn.certification.domain.scoring.CompetenceMark;
import org.opencrcn.certification.domain.scoring.CompetencePosition;
import org.opencrcn.certification.domain.scoring.FlashChallenge;
import org.opencrcn.certification.domain.scoring.ResultStatus;
import org.opencrcn.certification.domain.scoring.ScoredChallenge;
import org.opencrcn.certification.domain.scoring.ScoringV2;
import org.opencrcn.certification.domain.scoring.ScoringV3;
import org.opencrcn.referential.domain.CrcnFrame;
import org.opencrcn.referential.domain.content.CompetenceContent;
import org.opencrcn.referential.domain.content.ContentPack;
import org.opencrcn.referential.infrastructure.pack.ContentPackReader;
import org.opencrcn.referential.infrastructure.pack.PackFiles;

/**
 * Test-retest of the v2 certification test on simulated candidates: each candidate has a true level
 * per competence, is positioned on every competence by the real engine (the profile the test is
 * composed from), then sits the certification test twice with the platform's own composition
 * ({@link TestComposition}, never a challenge seen before, so the second sitting asks other
 * challenges) and scoring ({@link ScoringV2}). The figure: the share of (candidate, competence)
 * whose certified level is within one of the true level in both sittings (not certified counts as
 * level 0); and, stricter, the share of candidates certified in both sittings with every competence
 * so (a competence not certified counts as level 0). Also: both sittings certified, the same levels
 * in both, the retests that could not get 3 unseen challenges for every competence, the competences
 * positioned at their true level, and the questions asked on a skill above the candidate's true
 * level (validated in positioning by a lucky answer: the main cause of a competence invalidated in
 * one sitting). With {@code v3}, each sitting is the flash test instead ({@link FlashEstimate},
 * {@link ScoringV3}). One summary line.
 *
 * <p>{@code ./certif-simulate.sh <pack> [candidates=200] [seed=1] [threshold|logistic] [slip=0]
 * [guess=0] [min level=1] [max level=5] [v2|v3]}
 */
public final class SimulateCertificationCommand {
  /** The questions of a v3 sitting: the platform's default length. */
  static final int FLASH_QUESTIONS = 20;

  private SimulateCertificationCommand() {}

  /** One candidate's two sittings. */
  record Candidate(
      boolean withinOneBoth,
      boolean sameBoth,
      boolean certifiedBoth,
      boolean shortRetest,
      int competences,
      int competencesWithinOneBoth,
      int positionedExact,
      int askedAboveTrue,
      int asked) {}

  /** The test's algorithm: v2 (3 challenges a competence, the default) or v3 (flash). */
  enum Algorithm {
    V2,
    V3
  }

  /** What one sitting gave: the certified levels (null when not certified), what it asked. */
  private record Sitting(Map<String, Integer> levels, int asked, int askedAboveTrue) {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.out.println(
          "usage: ./certif-simulate.sh <pack> [candidates] [seed] [threshold|logistic] [slip] [guess] [min level] [max level] [v2|v3]");
      System.exit(2);
    }
    int candidates = SimulatePositioningCommand.arg(args, 1, 200);
    long seed = SimulatePositioningCommand.arg(args, 2, 1);
    LearnerModel model =
        args.length > 3 && args[3].equals("logistic")
            ? new LearnerModel.Logistic()
            : new LearnerModel.Threshold(
                SimulatePositioningCommand.argD(args, 4, 0),
                SimulatePositioningCommand.argD(args, 5, 0));
    int minLevel = SimulatePositioningCommand.arg(args, 6, 1);
    int maxLevel = SimulatePositioningCommand.arg(args, 7, 5);
    Algorithm algorithm =
        args.length > 8 && args[8].equalsIgnoreCase("v3") ? Algorithm.V3 : Algorithm.V2;
    var reading =
        new ContentPackReader()
            .read(PackFiles.fromFolder(Path.of(args[0])), CrcnFrame.COMPETENCE_CODES);
    if (!reading.valid()) {
      System.out.println("The pack has errors: run ./validate-content.sh on it first.");
      System.exit(1);
    }
    ContentPack pack = reading.pack().orElseThrow();
    Random random = new Random(seed);
    List<Candidate> results = new ArrayList<>();
    for (int i = 0; i < candidates; i++) {
      results.add(candidate(pack, model, minLevel, maxLevel, algorithm, random));
    }
    System.out.println(summary(results, model, algorithm));
  }

  static Candidate candidate(
      ContentPack pack,
      LearnerModel model,
      int minLevel,
      int maxLevel,
      Algorithm algorithm,
      Random random) {
    PositioningEngine engine = PositioningEngine.ALL.get(0);
    Map<String, Integer> trueLevels = new LinkedHashMap<>();
    List<CompetenceKnowledge> profile = new ArrayList<>();
    List<CompetencePosition> positions = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CompetenceContent competence : pack.competences()) {
      int trueLevel = minLevel + random.nextInt(maxLevel - minLevel + 1);
      trueLevels.put(competence.competenceCode(), trueLevel);
      SimulatePositioningCommand.Positioned positioned =
          SimulatePositioningCommand.position(
              competence, trueLevel, model, engine, random.nextLong(), random);
      seen.addAll(positioned.askedChallenges());
      CompetenceScore score = positioned.score();
      positions.add(
          new CompetencePosition(competence.competenceCode(), score.level(), (int) score.pix()));
      Set<String> validated = new HashSet<>();
      Map<String, KnowledgeElement> latest = new HashMap<>();
      positioned.elements().forEach(e -> latest.put(e.skill(), e));
      latest.values().stream()
          .filter(e -> e.status() == KnowledgeElement.Status.VALIDATED)
          .forEach(e -> validated.add(e.skill()));
      List<KnownSkill> known = new ArrayList<>();
      competence
          .tubes()
          .forEach(
              tube ->
                  tube.skills().stream()
                      .filter(s -> s.active() && validated.contains(s.name()))
                      .forEach(
                          skill -> {
                            List<ChallengeOption> options =
                                skill.challenges().stream()
                                    .filter(c -> c.status().playable())
                                    .flatMap(c -> c.declinations().stream())
                                    .map(c -> new ChallengeOption(c.id(), c.locale()))
                                    .toList();
                            known.add(
                                new KnownSkill(skill.name(), tube.name(), skill.level(), options));
                          }));
      profile.add(new CompetenceKnowledge(competence.competenceCode(), score.level(), known));
    }
    Sitting firstSitting =
        algorithm == Algorithm.V3
            ? flashSitting(pack, positions, seen, trueLevels, model, random)
            : sitting(profile, positions, seen, trueLevels, model, random);
    int seenBefore = seen.size();
    Sitting secondSitting =
        algorithm == Algorithm.V3
            ? flashSitting(pack, positions, seen, trueLevels, model, random)
            : sitting(profile, positions, seen, trueLevels, model, random);
    Map<String, Integer> first = firstSitting.levels();
    Map<String, Integer> second = secondSitting.levels();
    int positionedExact = 0;
    for (CompetencePosition position : positions) {
      if (position.level() == trueLevels.get(position.competenceCode())) {
        positionedExact++;
      }
    }
    long certifiable = profile.stream().filter(CompetenceKnowledge::certifiable).count();
    int wanted =
        algorithm == Algorithm.V3
            ? FLASH_QUESTIONS
            : (int) certifiable * TestComposition.PER_COMPETENCE;
    boolean shortRetest = seen.size() - seenBefore < wanted;
    boolean certifiedBoth = first != null && second != null;
    boolean withinOne =
        certifiedBoth && withinOne(first, trueLevels) && withinOne(second, trueLevels);
    int competencesWithinOne = 0;
    for (String code : trueLevels.keySet()) {
      if (withinOne(first, code, trueLevels) && withinOne(second, code, trueLevels)) {
        competencesWithinOne++;
      }
    }
    return new Candidate(
        withinOne,
        certifiedBoth && first.equals(second),
        certifiedBoth,
        shortRetest,
        trueLevels.size(),
        competencesWithinOne,
        positionedExact,
        firstSitting.askedAboveTrue() + secondSitting.askedAboveTrue(),
        firstSitting.asked() + secondSitting.asked());
  }

  /**
   * One sitting: the test composed from the profile, answered by the model, scored; the certified
   * level per competence, or null when the candidate is not certified. The challenges asked are
   * added to {@code seen}.
   */
  private static Sitting sitting(
      List<CompetenceKnowledge> profile,
      List<CompetencePosition> positions,
      Set<String> seen,
      Map<String, Integer> trueLevels,
      LearnerModel model,
      Random random) {
    List<PlannedChallenge> test =
        TestComposition.compose(profile, Set.copyOf(seen), "fr", "fr", random.nextLong());
    List<ScoredChallenge> answers = new ArrayList<>();
    int aboveTrue = 0;
    for (PlannedChallenge asked : test) {
      seen.add(asked.challengeId());
      if (asked.skillLevel() > trueLevels.get(asked.competenceCode())) {
        aboveTrue++;
      }
      boolean right =
          model.answersRight(trueLevels.get(asked.competenceCode()), asked.skillLevel(), random);
      answers.add(
          new ScoredChallenge(
              asked.competenceCode(),
              right ? ScoredChallenge.Answer.CORRECT : ScoredChallenge.Answer.WRONG,
              false));
    }
    CertificationScore score = ScoringV2.score(positions, answers, Optional.empty());
    return new Sitting(levels(score), test.size(), aboveTrue);
  }

  /** The certified level per competence, or null when the candidate is not certified. */
  private static Map<String, Integer> levels(CertificationScore score) {
    if (score.status() != ResultStatus.VALIDATED) {
      return null;
    }
    Map<String, Integer> levels = new LinkedHashMap<>();
    for (CompetenceMark mark : score.marks()) {
      levels.put(mark.competenceCode(), Math.max(0, mark.level()));
    }
    return levels;
  }

  /**
   * One v3 sitting: {@value #FLASH_QUESTIONS} questions drawn one at a time by {@link
   * FlashEstimate#next} among the (French) challenges of the certifiable competences never seen,
   * answered by the model, scored by {@link ScoringV3}, as the platform's v3 test and scoring do.
   */
  private static Sitting flashSitting(
      ContentPack pack,
      List<CompetencePosition> positions,
      Set<String> seen,
      Map<String, Integer> trueLevels,
      LearnerModel model,
      Random random) {
    Set<String> certifiable = new HashSet<>();
    positions.stream()
        .filter(p -> p.level() >= 1)
        .forEach(p -> certifiable.add(p.competenceCode()));
    List<FlashEstimate.Item> pool = new ArrayList<>();
    for (CompetenceContent competence : pack.competences()) {
      if (!certifiable.contains(competence.competenceCode())) {
        continue;
      }
      competence
          .tubes()
          .forEach(
              tube ->
                  tube.skills().stream()
                      .filter(s -> s.active())
                      .forEach(
                          skill ->
                              skill.challenges().stream()
                                  .filter(c -> c.status().playable())
                                  .flatMap(c -> c.declinations().stream())
                                  .filter(c -> c.locale().equals("fr"))
                                  .forEach(
                                      c ->
                                          pool.add(
                                              flashItem(
                                                  c,
                                                  competence.competenceCode(),
                                                  tube.name(),
                                                  skill.name(),
                                                  skill.level())))));
    }
    long seed = random.nextLong();
    Set<String> before = Set.copyOf(seen);
    List<FlashEstimate.Response> responses = new ArrayList<>();
    List<FlashChallenge> asked = new ArrayList<>();
    int aboveTrue = 0;
    while (responses.size() < FLASH_QUESTIONS) {
      FlashEstimate.Item next = FlashEstimate.next(pool, responses, before, seed);
      if (next == null) {
        break;
      }
      seen.add(next.challengeId());
      int trueLevel = trueLevels.get(next.competenceCode());
      if (next.skillLevel() > trueLevel) {
        aboveTrue++;
      }
      boolean right = model.answersRight(trueLevel, next.skillLevel(), random);
      responses.add(new FlashEstimate.Response(next, right));
      asked.add(
          new FlashChallenge(
              new ScoredChallenge(
                  next.competenceCode(),
                  right ? ScoredChallenge.Answer.CORRECT : ScoredChallenge.Answer.WRONG,
                  false),
              next.discrimination(),
              next.difficulty()));
    }
    CertificationScore score =
        ScoringV3.score(
            positions,
            asked,
            Optional.empty(),
            FLASH_QUESTIONS,
            CompetenceScore.DEFAULT_MAX_REACHABLE_LEVEL);
    return new Sitting(levels(score), asked.size(), aboveTrue);
  }

  private static FlashEstimate.Item flashItem(
      org.opencrcn.referential.domain.content.Challenge challenge,
      String competence,
      String tube,
      String skill,
      int level) {
    if (challenge.irt() != null) {
      return new FlashEstimate.Item(
          challenge.id(),
          competence,
          tube,
          skill,
          level,
          challenge.irt().discriminant(),
          challenge.irt().difficulty());
    }
    return FlashEstimate.uncalibrated(challenge.id(), competence, tube, skill, level);
  }

  /**
   * The competence's certified level (0 when not certified, or the candidate rejected) is within
   * one level of the true one.
   */
  private static boolean withinOne(
      Map<String, Integer> certified, String code, Map<String, Integer> trueLevels) {
    int level = certified == null ? 0 : certified.getOrDefault(code, 0);
    return Math.abs(level - trueLevels.get(code)) <= 1;
  }

  /** Every competence brought to the test is certified within one level of the true one. */
  private static boolean withinOne(
      Map<String, Integer> certified, Map<String, Integer> trueLevels) {
    return certified.entrySet().stream()
        .allMatch(e -> Math.abs(e.getValue() - trueLevels.get(e.getKey())) <= 1);
  }

  /** The main figure: the share of (candidate, competence) within one level in both sittings. */
  static double competenceWithinOneBoth(List<Candidate> results) {
    return results.stream().mapToInt(Candidate::competencesWithinOneBoth).sum()
        / (double) results.stream().mapToInt(Candidate::competences).sum();
  }

  static String summary(List<Candidate> results, LearnerModel model, Algorithm algorithm) {
    double n = results.size();
    double competences = results.stream().mapToInt(Candidate::competences).sum();
    return String.format(
        Locale.ROOT,
        "certif_simulate candidates=%d model=%s algorithm=%s competence_within_one_both=%.3f"
            + " candidate_all_within_one_both=%.3f certified_both=%.3f"
            + " same_levels_both=%.3f short_retest=%.3f positioned_exact=%.3f"
            + " asked_above_true=%.3f",
        results.size(),
        model,
        algorithm.name().toLowerCase(Locale.ROOT),
        competenceWithinOneBoth(results),
        results.stream().filter(Candidate::withinOneBoth).count() / n,
        results.stream().filter(Candidate::certifiedBoth).count() / n,
        results.stream().filter(Candidate::sameBoth).count() / n,
        results.stream().filter(Candidate::shortRetest).count() / n,
        results.stream().mapToInt(Candidate::positionedExact).sum() / competences,
        results.stream().mapToInt(Candidate::askedAboveTrue).sum()
            / (double) results.stream().mapToInt(Candidate::asked).sum());
  }
}
