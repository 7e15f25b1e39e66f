package org.opencrcn.certification.domain.scoring;

import java.util.List;

/**
 * A scored certification test: status, the right answers out of the counted (non-neutralised)
 * challenges, and one mark per competence brought in. Marks are kept for a rejected result too, so
 * that the review queue shows what the test gave.
 */
public record CertificationScore(
    ResultStatus status, int correct, int counted, List<CompetenceMark> marks) {
  public CertificationScore {
    marks = List.copyOf(marks);
  }

  /** The reproducibility rate in whole percent, rounded down; 0 when nothing was counted. */
  public int reproducibilityPercent() {
    return counted == 0 ? 0 : (int) (correct * 100L / counted);
  }

  /** Pix certified: the sum of the marks, 0 unless validated. */
  public int totalPix() {
    return status == ResultStatus.VALIDATED
        ? marks.stream().mapToInt(CompetenceMark::pix).sum()
        : 0;
  }
}
