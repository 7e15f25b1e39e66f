package org.opencrcn.tools.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.opencrcn.assessment.domain.engine.PositioningEngine;
import org.opencrcn.referential.domain.CrcnFrame;
import org.opencrcn.referential.domain.content.CompetenceContent;
import org.opencrcn.referential.infrastructure.pack.ContentPackReader;
import org.opencrcn.referential.infrastructure.pack.PackFiles;
import org.opencrcn.tools.content.GenerateContentPackCommand;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Time of one next-question decision on a competence of the large generated pack (10 tubes × 8
 * levels × 5 challenges), mid-test (6 answers given). Run: {@code ./benchmark-engine.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NextQuestionBenchmark {
  @Param({"bayesian", "smart-random"})
  public String engineName;

  private PositioningEngine engine;
  private PositioningEngine.Input input;

  @Setup
  public void generatedPackMidTest() throws Exception {
    engine = PositioningEngine.named(engineName);
    Path folder = Files.createTempDirectory("opencrcn-bench-pack");
    GenerateContentPackCommand.generate(folder, 10, 8, 5, new Random(42));
    CompetenceContent competence =
        new ContentPackReader()
            .read(PackFiles.fromFolder(folder), CrcnFrame.COMPETENCE_CODES)
            .pack()
            .orElseThrow()
            .competences()
            .get(0);
    List<PositioningEngine.Skill> skills = new ArrayList<>();
    competence
        .tubes()
        .forEach(
            tube ->
                tube.skills()
                    .forEach(
                        skill ->
                            skills.add(
                                new PositioningEngine.Skill(
                                    skill.name(),
                                    tube.name(),
                                    skill.level(),
                                    skill.challenges().stream()
                                        .map(
                                            c ->
                                                new PositioningEngine.Challenge(
                                                    c.id(), c.locale(), c.timerSeconds() != null))
                                        .toList()))));
    List<PositioningEngine.PastAnswer> answers = new ArrayList<>();
    Set<String> known = new HashSet<>();
    Set<String> validated = new HashSet<>();
    for (int i = 0; i < 6; i++) {
      var next =
          engine
              .next(new PositioningEngine.Input(skills, answers, known, validated, "fr", 99))
              .orElseThrow();
      var skill =
          skills.stream().filter(s -> s.challenges().contains(next)).findFirst().orElseThrow();
      answers.add(
          new PositioningEngine.PastAnswer(
              next.id(), skill.level(), skill.level() <= 4, next.timed()));
      known.add(skill.name());
      if (skill.level() <= 4) {
        validated.add(skill.name());
      }
    }
    input = new PositioningEngine.Input(skills, answers, known, validated, "fr", 99);
  }

  @Benchmark
  public Optional<PositioningEngine.Challenge> nextQuestion() {
    return engine.next(input);
  }

  /**
   * Runs the benchmark for every engine, one line each, the default engine's last (microseconds per
   * decision).
   */
  public static void main(String[] args) throws Exception {
    var results =
        new Runner(
                new OptionsBuilder()
                    .include(NextQuestionBenchmark.class.getSimpleName())
                    .forks(1)
                    .warmupIterations(3)
                    .warmupTime(TimeValue.seconds(2))
                    .measurementIterations(5)
                    .measurementTime(TimeValue.seconds(2))
                    .build())
            .run();
    String defaultEngine = PositioningEngine.ALL.get(0).name();
    List<RunResult> ordered = new ArrayList<>(results);
    ordered.sort(
        java.util.Comparator.comparing(
            (RunResult r) -> r.getParams().getParam("engineName").equals(defaultEngine)));
    for (RunResult result : ordered) {
      var statistics = result.getPrimaryResult().getStatistics();
      System.out.printf(
          Locale.ROOT,
          "engine=%s median_us=%.2f p99_us=%.2f samples=%d goal_median_us=20%n",
          result.getParams().getParam("engineName"),
          statistics.getPercentile(50),
          statistics.getPercentile(99),
          statistics.getN());
    }
  }
}
