package org.opencrcn.tools.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencrcn.assessment.domain.engine.PositioningEngine;
import org.opencrcn.referential.domain.CrcnFrame;
import org.opencrcn.referential.domain.content.ContentPack;
import org.opencrcn.referential.infrastructure.pack.ContentPackReader;
import org.opencrcn.referential.infrastructure.pack.PackFiles;
import org.opencrcn.tools.simulation.SimulatePositioningCommand.Run;

class SimulatePositioningCommandTest {

  @Test
  @DisplayName(
      "On the shipped pack, noiseless learners are placed exactly at their level in every competence")
  void noiselessLearnersOnShippedPack() {
    var pack =
        new ContentPackReader()
            .read(PackFiles.fromFolder(Path.of("../content/crcn")), CrcnFrame.COMPETENCE_CODES)
            .pack()
            .orElseThrow();
    LearnerModel noiseless = new LearnerModel.Threshold(0, 0);
    Random random = new Random(3);

    for (var engine : PositioningEngine.ALL) {
      for (var competence : pack.competences()) {
        for (int level = 0; level <= 6; level++) {
          var run =
              SimulatePositioningCommand.simulate(
                  competence, level, noiseless, engine, random.nextLong(), random);

          assertThat(run.placedLevel())
              .as(
                  "engine %s, competence %s, true level %d",
                  engine.name(), competence.competenceCode(), level)
              .isEqualTo(level);
        }
      }
    }
  }

  private static ContentPack read(Path folder) {
    return new ContentPackReader()
        .read(PackFiles.fromFolder(folder), CrcnFrame.COMPETENCE_CODES)
        .pack()
        .orElseThrow();
  }

  @Test
  @DisplayName(
      "Shape S, 2,000 threshold learners of level 1–6 slipping 1 answer in 20 and guessing 1 in 10"
          + " (seed 1): the default engine places ≥ 90 % exactly, ≥ 99.5 % within one level, in"
          + " ≤ 8.7 questions on average (Pix's algorithm: 8.7)")
  void goalsOnShapeS(@TempDir Path folder) throws IOException {
    ContentPack shape = read(PositioningShapes.S.write(folder));

    List<Run> runs =
        CompareEnginesCommand.runs(
            shape, 2000, 1, CompareEnginesCommand.USUAL, PositioningEngine.ALL.get(0));

    assertThat(runs).hasSize(2000);
    assertThat(CompareEnginesCommand.exact(runs)).isGreaterThanOrEqualTo(0.90);
    assertThat(CompareEnginesCommand.withinOne(runs)).isGreaterThanOrEqualTo(0.995);
    assertThat(CompareEnginesCommand.meanQuestions(runs)).isLessThanOrEqualTo(8.7);
    assertThat(
            CompareEnginesCommand.exact(
                CompareEnginesCommand.runs(
                    shape, 2000, 1, CompareEnginesCommand.NONE, PositioningEngine.ALL.get(0))))
        .as("noiseless learners")
        .isEqualTo(1.0);
  }

  @Test
  @DisplayName(
      "Shape S-large, the same learners (seed 1): ≥ 90 % exactly, ≥ 99.5 % within one level, in"
          + " ≤ 19.4 questions on average")
  void goalsOnShapeSLarge(@TempDir Path folder) throws IOException {
    ContentPack shape = read(PositioningShapes.S_LARGE.write(folder));

    List<Run> runs =
        CompareEnginesCommand.runs(
            shape, 2000, 1, CompareEnginesCommand.USUAL, PositioningEngine.ALL.get(0));

    assertThat(CompareEnginesCommand.exact(runs)).isGreaterThanOrEqualTo(0.90);
    assertThat(CompareEnginesCommand.withinOne(runs)).isGreaterThanOrEqualTo(0.995);
    assertThat(CompareEnginesCommand.meanQuestions(runs)).isLessThanOrEqualTo(19.4);
  }
}
