package org.opencrcn.tools.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.referential.domain.CrcnFrame;
import org.opencrcn.referential.domain.content.ContentPack;
import org.opencrcn.referential.infrastructure.pack.ContentPackReader;
import org.opencrcn.referential.infrastructure.pack.PackFiles;
import org.opencrcn.tools.simulation.SimulateCertificationCommand.Algorithm;
import org.opencrcn.tools.simulation.SimulateCertificationCommand.Candidate;

class SimulateCertificationCommandTest {
  private static final ContentPack PACK =
      new ContentPackReader()
          .read(PackFiles.fromFolder(Path.of("../content/crcn")), CrcnFrame.COMPETENCE_CODES)
          .pack()
          .orElseThrow();

  @Test
  @DisplayName(
      "v2 on the shipped pack: noiseless candidates are positioned exactly, asked nothing above"
          + " their level, and certified within one level on every competence in both sittings")
  void noiselessV2() {
    Random random = new Random(5);
    for (int i = 0; i < 10; i++) {
      Candidate candidate =
          SimulateCertificationCommand.candidate(
              PACK, new LearnerModel.Threshold(0, 0), 1, 5, Algorithm.V2, random);

      assertThat(candidate.positionedExact()).isEqualTo(16);
      assertThat(candidate.askedAboveTrue()).isZero();
      assertThat(candidate.certifiedBoth()).isTrue();
      assertThat(candidate.competencesWithinOneBoth()).isEqualTo(16);
    }
  }

  @Test
  @DisplayName(
      "v2 test-retest goal on the shipped pack: 200 candidates slipping 1 answer in 20 and"
          + " guessing 1 in 10 (seed 1) are certified within one level of their true level, in"
          + " both sittings, on at least 95 % of their competences")
  void testRetestGoal() {
    Random random = new Random(1);
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      candidates.add(
          SimulateCertificationCommand.candidate(
              PACK, new LearnerModel.Threshold(0.05, 0.1), 1, 5, Algorithm.V2, random));
    }

    assertThat(SimulateCertificationCommand.competenceWithinOneBoth(candidates))
        .isGreaterThanOrEqualTo(0.95);
  }

  @Test
  @DisplayName(
      "v3 on the shipped pack: each sitting asks the whole flash test (20 questions, none seen"
          + " before), and a noiseless candidate is certified in both")
  void flashSittings() {
    Random random = new Random(7);
    for (int i = 0; i < 5; i++) {
      Candidate candidate =
          SimulateCertificationCommand.candidate(
              PACK, new LearnerModel.Threshold(0, 0), 1, 5, Algorithm.V3, random);

      assertThat(candidate.asked()).isEqualTo(2 * SimulateCertificationCommand.FLASH_QUESTIONS);
      assertThat(candidate.shortRetest()).isFalse();
      assertThat(candidate.certifiedBoth()).isTrue();
    }
  }
}
