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
import org.opencrcn.assessment.domain.engine.SmartRandom;
import org.opencrcn.referential.domain.CrcnFrame;
import org.opencrcn.referential.domain.content.CompetenceContent;
import org.opencrcn.referential.infrastructure.pack.ContentPackReader;
import org.opencrcn.referential.infrastructure.pack.PackFiles;
import org.opencrcn.tools.content.GenerateContentPackCommand;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
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
  private SmartRandom.Input input;

  @Setup
  public void generatedPackMidTest() throws Exception {
    Path folder = Files.createTempDirectory("opencrcn-bench-pack");
    GenerateContentPackCommand.generate(folder, 10, 8, 5, new Random(42));
    CompetenceContent competence =
        new ContentPackReader()
            .read(PackFiles.fromFolder(folder), CrcnFrame.COMPETENCE_CODES)
            .pack()
            .orElseThrow()
            .competences()
            .get(0);
    List<SmartRandom.Skill> skills = new ArrayList<>();
    competence
        .tubes()
        .forEach(
            tube ->
                tube.skills()
                    .forEach(
                        skill ->
                            skills.add(
                                new SmartRandom.Skill(
                                    skill.name(),
                                    tube.name(),
                                    skill.level(),
                                    skill.challenges().stream()
                                        .map(
                                            c ->
                                                new SmartRandom.Challenge(
                                                    c.id(), c.locale(), c.timerSeconds() != null))
                                        .toList()))));
    List<SmartRandom.PastAnswer> answers = new ArrayList<>();
    Set<String> known = new HashSet<>();
    for (int i = 0; i < 6; i++) {
      var next =
          SmartRandom.next(new SmartRandom.Input(skills, answers, known, "fr", 99)).orElseThrow();
      var skill =
          skills.stream().filter(s -> s.challenges().contains(next)).findFirst().orElseThrow();
      answers.add(
          new SmartRandom.PastAnswer(next.id(), skill.level(), skill.level() <= 4, next.timed()));
      known.add(skill.name());
    }
    input = new SmartRandom.Input(skills, answers, known, "fr", 99);
  }

  @Benchmark
  public Optional<SmartRandom.Challenge> nextQuestion() {
    return SmartRandom.next(input);
  }

  /** Runs the benchmark and ends with one summary line (microseconds per decision). */
  public static void main(String[] args) throws Exception {
    RunResult result =
        new Runner(
                new OptionsBuilder()
                    .include(NextQuestionBenchmark.class.getSimpleName())
                    .forks(1)
                    .warmupIterations(3)
                    .warmupTime(TimeValue.seconds(2))
                    .measurementIterations(5)
                    .measurementTime(TimeValue.seconds(2))
                    .build())
            .runSingle();
    var statistics = result.getPrimaryResult().getStatistics();
    System.out.printf(
        Locale.ROOT,
        "median_us=%.2f p99_us=%.2f samples=%d goal_median_us=20%n",
        statistics.getPercentile(50),
        statistics.getPercentile(99),
        statistics.getN());
  }
}
