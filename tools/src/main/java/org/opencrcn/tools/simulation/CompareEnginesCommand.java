package org.opencrcn.tools.simulation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.opencrcn.assessment.domain.engine.PositioningEngine;
import org.opencrcn.referential.domain.CrcnFrame;
import org.opencrcn.referential.domain.content.ContentPack;
import org.opencrcn.referential.infrastructure.pack.ContentPackReader;
import org.opencrcn.referential.infrastructure.pack.PackFiles;
import org.opencrcn.tools.simulation.SimulatePositioningCommand.Run;

/**
 * Writes the shapes S and S-large as packs into {@code target/positioning-shapes}, then prints the
 * accuracy table of docs/positioning.md for every engine: threshold learners of true level 1–6 on
 * each shape, and the four learner models on a real pack (the shipped one by default); ends with
 * one summary line.
 *
 * <p>{@code ./compare-engines.sh [learners=2000] [seed=1] [pack=content/crcn]}
 */
public final class CompareEnginesCommand {
  static final int MIN_LEVEL = 1;
  static final int MAX_LEVEL = 6;

  private CompareEnginesCommand() {}

  /** A figure of the table: a learner model and what is read of its runs. */
  record Figure(String label, LearnerModel model, Function<List<Run>, String> value) {}

  static final LearnerModel USUAL = new LearnerModel.Threshold(0.05, 0.10);
  static final LearnerModel NONE = new LearnerModel.Threshold(0, 0);
  static final LearnerModel NOISY = new LearnerModel.Threshold(0.10, 0.20);
  static final LearnerModel LOGISTIC = new LearnerModel.Logistic();

  static final List<Figure> SHAPE_FIGURES =
      List.of(
          new Figure("exact, slip 5 % guess 10 %", USUAL, runs -> f3(exact(runs))),
          new Figure("within ±1, same", USUAL, runs -> f3(withinOne(runs))),
          new Figure("mean questions, same", USUAL, runs -> f1(meanQuestions(runs))),
          new Figure("max questions, same", USUAL, runs -> String.valueOf(maxQuestions(runs))),
          new Figure("exact, no noise", NONE, runs -> f3(exact(runs))),
          new Figure("exact, slip 10 % guess 20 %", NOISY, runs -> f3(exact(runs))),
          new Figure("exact, logistic θ = level + 0.5", LOGISTIC, runs -> f3(exact(runs))));

  static final List<Figure> PACK_FIGURES =
      List.of(
          new Figure("exact, no noise", NONE, runs -> f3(exact(runs))),
          new Figure("exact, slip 5 % guess 10 %", USUAL, runs -> f3(exact(runs))),
          new Figure("mean questions, same", USUAL, runs -> f1(meanQuestions(runs))),
          new Figure(
              "exact, slip 10 % guess 10 %",
              new LearnerModel.Threshold(0.10, 0.10), runs -> f3(exact(runs))),
          new Figure("exact, slip 10 % guess 20 %", NOISY, runs -> f3(exact(runs))),
          new Figure("exact, logistic θ = level + 0.5", LOGISTIC, runs -> f3(exact(runs))));

  public static void main(String[] args) throws IOException {
    int learners = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    Path packFolder = Path.of(args.length > 2 ? args[2] : "content/crcn");
    Path shapesFolder = Path.of("target", "positioning-shapes");
    Map<String, ContentPack> shapes = new LinkedHashMap<>();
    for (PositioningShapes shape : PositioningShapes.values()) {
      shapes.put(shape.label(), read(shape.write(shapesFolder)));
    }
    System.out.printf(
        Locale.ROOT,
        "Shapes written to %s; %d threshold learners per figure, true level %d–%d, seed %d%n%n",
        shapesFolder.toAbsolutePath(),
        learners,
        MIN_LEVEL,
        MAX_LEVEL,
        seed);

    Map<String, String> summary = new LinkedHashMap<>();
    List<String> header = new ArrayList<>(List.of("figure"));
    for (PositioningEngine engine : PositioningEngine.ALL) {
      shapes.keySet().forEach(shape -> header.add(engine.name() + " " + shape));
    }
    List<List<String>> rows = new ArrayList<>();
    for (Figure figure : SHAPE_FIGURES) {
      List<String> row = new ArrayList<>(List.of(figure.label()));
      for (PositioningEngine engine : PositioningEngine.ALL) {
        shapes.forEach(
            (shape, pack) -> {
              List<Run> runs = runs(pack, learners, seed, figure.model(), engine);
              row.add(figure.value().apply(runs));
              if (figure.model() == USUAL) {
                String key = key(engine, shape);
                summary.put(key + "_exact", f3(exact(runs)));
                summary.put(key + "_within_one", f3(withinOne(runs)));
                summary.put(key + "_mean_questions", f1(meanQuestions(runs)));
              }
            });
      }
      rows.add(row);
    }
    print(header, rows);

    ContentPack pack = read(packFolder);
    int perCompetence = Math.max(1, learners / pack.competences().size());
    System.out.printf(
        Locale.ROOT,
        "%nPack %s: %d learners per competence (%d per figure), true level %d–%d, seed %d%n%n",
        packFolder,
        perCompetence,
        perCompetence * pack.competences().size(),
        MIN_LEVEL,
        MAX_LEVEL,
        seed);
    List<String> packHeader = new ArrayList<>(List.of("figure"));
    PositioningEngine.ALL.forEach(engine -> packHeader.add(engine.name() + " " + packFolder));
    List<List<String>> packRows = new ArrayList<>();
    for (Figure figure : PACK_FIGURES) {
      List<String> row = new ArrayList<>(List.of(figure.label()));
      for (PositioningEngine engine : PositioningEngine.ALL) {
        List<Run> runs = runs(pack, perCompetence, seed, figure.model(), engine);
        row.add(figure.value().apply(runs));
        if (figure.model() == USUAL) {
          summary.put(key(engine, "pack") + "_exact", f3(exact(runs)));
        }
      }
      packRows.add(row);
    }
    print(packHeader, packRows);
    System.out.println();
    StringBuilder line = new StringBuilder("seed=" + seed + " learners=" + learners);
    summary.forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
    System.out.println(line);
  }

  static List<Run> runs(
      ContentPack pack, int learners, long seed, LearnerModel model, PositioningEngine engine) {
    List<Run> all = new ArrayList<>();
    SimulatePositioningCommand.simulatePack(
            pack, learners, seed, model, MIN_LEVEL, MAX_LEVEL, engine)
        .values()
        .forEach(all::addAll);
    return all;
  }

  private static String key(PositioningEngine engine, String shape) {
    return (engine.name() + "_" + shape).replace('-', '_').toLowerCase(Locale.ROOT);
  }

  private static ContentPack read(Path folder) {
    var reading =
        new ContentPackReader().read(PackFiles.fromFolder(folder), CrcnFrame.COMPETENCE_CODES);
    if (!reading.valid()) {
      throw new IllegalStateException(
          folder + " has errors: run ./validate-content.sh on it first");
    }
    return reading.pack().orElseThrow();
  }

  private static void print(List<String> header, List<List<String>> rows) {
    System.out.println("| " + String.join(" | ", header) + " |");
    System.out.println("|" + " --- |".repeat(header.size()));
    rows.forEach(row -> System.out.println("| " + String.join(" | ", row) + " |"));
  }

  static double exact(List<Run> runs) {
    return runs.stream().filter(r -> r.placedLevel() == r.trueLevel()).count()
        / (double) runs.size();
  }

  static double withinOne(List<Run> runs) {
    return runs.stream().filter(r -> Math.abs(r.placedLevel() - r.trueLevel()) <= 1).count()
        / (double) runs.size();
  }

  static double meanQuestions(List<Run> runs) {
    return runs.stream().mapToInt(Run::questions).average().orElse(0);
  }

  static int maxQuestions(List<Run> runs) {
    return runs.stream().mapToInt(Run::questions).max().orElse(0);
  }

  private static String f3(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  private static String f1(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
