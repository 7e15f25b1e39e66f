package org.opencrcn.tools.simulation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.opencrcn.assessment.domain.engine.PositioningEngine;
import org.opencrcn.assessment.domain.engine.PositioningEngine.Challenge;
import org.opencrcn.assessment.domain.engine.PositioningEngine.PastAnswer;
import org.opencrcn.assessment.domain.scoring.CompetenceScore;
import org.opencrcn.assessment.domain.scoring.KnowledgeElement;
import org.opencrcn.assessment.domain.scoring.KnowledgeInference;
import org.opencrcn.assessment.domain.scoring.SkillRef;
import org.opencrcn.referential.domain.CrcnFrame;
import org.opencrcn.referential.domain.content.CompetenceContent;
import org.opencrcn.referential.domain.content.ContentPack;
import org.opencrcn.referential.domain.content.Pix;
import org.opencrcn.referential.domain.content.SkillPixValues;
import org.opencrcn.referential.infrastructure.pack.ContentPackReader;
import org.opencrcn.referential.infrastructure.pack.PackFiles;

/**
 * Runs the real engine (the same classes as the platform) against simulated learners of known level
 * on a content pack, and prints per competence and overall: share placed at their exact level,
 * share within ±1, mean and maximum number of questions; then one summary line.
 *
 * <p>{@code ./simulate.sh <pack> [learners=200] [seed=1] [model=threshold|logistic] [slip=0]
 * [guess=0] [min level=0] [max level=6] [engine=bayesian|smart-random]} (the default engine when
 * none is named).
 */
public final class SimulatePositioningCommand {
  private SimulatePositioningCommand() {}

  /** Outcome of one simulated test. */
  record Run(int trueLevel, int placedLevel, int questions) {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.out.println(
          "usage: ./simulate.sh <pack> [learners] [seed] [threshold|logistic] [slip] [guess] [min level] [max level] [engine]");
      System.exit(2);
    }
    int learners = arg(args, 1, 200);
    long seed = arg(args, 2, 1);
    LearnerModel model =
        args.length > 3 && args[3].equals("logistic")
            ? new LearnerModel.Logistic()
            : new LearnerModel.Threshold(argD(args, 4, 0), argD(args, 5, 0));
    int minLevel = arg(args, 6, 0);
    int maxLevel = arg(args, 7, CompetenceScore.DEFAULT_MAX_REACHABLE_LEVEL);
    PositioningEngine engine = PositioningEngine.ALL.get(0);
    if (args.length > 8) {
      try {
        engine = PositioningEngine.named(args[8]);
      } catch (IllegalArgumentException e) {
        System.out.println(e.getMessage());
        System.exit(2);
      }
    }
    var reading =
        new ContentPackReader()
            .read(PackFiles.fromFolder(Path.of(args[0])), CrcnFrame.COMPETENCE_CODES);
    if (!reading.valid()) {
      System.out.println("The pack has errors: run ./validate-content.sh on it first.");
      System.exit(1);
    }
    Map<String, List<Run>> byCompetence =
        simulatePack(
            reading.pack().orElseThrow(), learners, seed, model, minLevel, maxLevel, engine);
    List<Run> all = new ArrayList<>();
    byCompetence.forEach(
        (code, runs) -> {
          System.out.println(line("competence=" + code, runs));
          all.addAll(runs);
        });
    System.out.println(line("overall engine=" + engine.name(), all));
  }

  /**
   * {@code learners} tests per competence, true levels drawn uniformly between {@code minLevel} and
   * {@code maxLevel}; the same seed gives the same runs.
   */
  static Map<String, List<Run>> simulatePack(
      ContentPack pack,
      int learners,
      long seed,
      LearnerModel model,
      int minLevel,
      int maxLevel,
      PositioningEngine engine) {
    Random random = new Random(seed);
    Map<String, List<Run>> byCompetence = new TreeMap<>();
    for (CompetenceContent competence : pack.competences()) {
      List<Run> runs = new ArrayList<>();
      for (int i = 0; i < learners; i++) {
        int trueLevel = minLevel + random.nextInt(maxLevel - minLevel + 1);
        runs.add(simulate(competence, trueLevel, model, engine, random.nextLong(), random));
      }
      byCompetence.put(competence.competenceCode(), runs);
    }
    return byCompetence;
  }

  static Run simulate(
      CompetenceContent competence,
      int trueLevel,
      LearnerModel model,
      PositioningEngine engine,
      long assessmentSeed,
      Random random) {
    Positioned positioned = position(competence, trueLevel, model, engine, assessmentSeed, random);
    return new Run(trueLevel, positioned.score().level(), positioned.askedChallenges().size());
  }

  /**
   * A simulated learner's test on the competence: their score, the knowledge elements it left
   * (oldest first) and the challenges asked (what a certification test composed from it builds on).
   */
  record Positioned(
      CompetenceScore score, List<KnowledgeElement> elements, List<String> askedChallenges) {}

  static Positioned position(
      CompetenceContent competence,
      int trueLevel,
      LearnerModel model,
      PositioningEngine engine,
      long assessmentSeed,
      Random random) {
    Map<String, Pix> pix = SkillPixValues.of(competence);
    List<PositioningEngine.Skill> skills = new ArrayList<>();
    List<SkillRef> refs = new ArrayList<>();
    Map<String, SkillRef> refByChallenge = new HashMap<>();
    competence
        .tubes()
        .forEach(
            tube ->
                tube.skills().stream()
                    .filter(s -> s.active())
                    .forEach(
                        skill -> {
                          SkillRef ref =
                              new SkillRef(
                                  skill.name(), tube.name(), skill.level(), pix.get(skill.name()));
                          refs.add(ref);
                          List<Challenge> challenges =
                              skill.challenges().stream()
                                  .filter(c -> c.status().playable())
                                  .flatMap(c -> c.declinations().stream())
                                  .map(
                                      c ->
                                          new Challenge(
                                              c.id(), c.locale(), c.timerSeconds() != null))
                                  .toList();
                          challenges.forEach(c -> refByChallenge.put(c.id(), ref));
                          skills.add(
                              new PositioningEngine.Skill(
                                  skill.name(), tube.name(), skill.level(), challenges));
                        }));
    List<PastAnswer> answers = new ArrayList<>();
    List<KnowledgeElement> elements = new ArrayList<>();
    Set<String> known = new HashSet<>();
    Set<String> validated = new HashSet<>();
    for (Optional<Challenge> next =
            engine.next(
                new PositioningEngine.Input(
                    skills, answers, known, validated, "fr", assessmentSeed));
        next.isPresent();
        next =
            engine.next(
                new PositioningEngine.Input(
                    skills, answers, known, validated, "fr", assessmentSeed))) {
      SkillRef asked = refByChallenge.get(next.get().id());
      boolean right = model.answersRight(trueLevel, asked.level(), random);
      answers.add(new PastAnswer(next.get().id(), asked.level(), right, next.get().timed()));
      var inferred =
          KnowledgeInference.fromAnswer(
              asked, right, refs.stream().filter(r -> r.tube().equals(asked.tube())).toList());
      elements.addAll(inferred);
      for (KnowledgeElement element : inferred) {
        known.add(element.skill());
        if (element.status() == KnowledgeElement.Status.VALIDATED) {
          validated.add(element.skill());
        } else {
          validated.remove(element.skill());
        }
      }
    }
    return new Positioned(
        CompetenceScore.of(elements, pix, CompetenceScore.DEFAULT_MAX_REACHABLE_LEVEL),
        elements,
        answers.stream().map(PastAnswer::challengeId).toList());
  }

  static String line(String label, List<Run> runs) {
    double exact =
        runs.stream().filter(r -> r.placedLevel() == r.trueLevel()).count() / (double) runs.size();
    double withinOne =
        runs.stream().filter(r -> Math.abs(r.placedLevel() - r.trueLevel()) <= 1).count()
            / (double) runs.size();
    double meanQuestions = runs.stream().mapToInt(Run::questions).average().orElse(0);
    int maxQuestions = runs.stream().mapToInt(Run::questions).max().orElse(0);
    int minQuestions = runs.stream().mapToInt(Run::questions).min().orElse(0);
    return String.format(
        Locale.ROOT,
        "%s learners=%d exact=%.3f within_one=%.3f mean_questions=%.1f min_questions=%d max_questions=%d",
        label,
        runs.size(),
        exact,
        withinOne,
        meanQuestions,
        minQuestions,
        maxQuestions);
  }

  static int arg(String[] args, int index, int fallback) {
    return args.length > index ? Integer.parseInt(args[index]) : fallback;
  }

  static double argD(String[] args, int index, double fallback) {
    return args.length > index ? Double.parseDouble(args[index]) : fallback;
  }
}
