package org.opencrcn.tools.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.referential.domain.CrcnFrame;
import org.opencrcn.referential.infrastructure.pack.ContentPackReader;
import org.opencrcn.referential.infrastructure.pack.PackFiles;

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

    for (var competence : pack.competences()) {
      for (int level = 0; level <= 6; level++) {
        var run =
            SimulatePositioningCommand.simulate(
                competence, level, noiseless, random.nextLong(), random);

        assertThat(run.placedLevel())
            .as("competence %s, true level %d", competence.competenceCode(), level)
            .isEqualTo(level);
      }
    }
  }
}
