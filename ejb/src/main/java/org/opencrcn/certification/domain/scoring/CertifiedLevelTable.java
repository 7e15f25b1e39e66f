package org.opencrcn.certification.domain.scoring;

import static org.opencrcn.certification.domain.scoring.CompetenceOutcome.DOWNGRADED;
import static org.opencrcn.certification.domain.scoring.CompetenceOutcome.INVALIDATED;
import static org.opencrcn.certification.domain.scoring.CompetenceOutcome.VALIDATED;

import java.util.Map;
import java.util.Optional;

/**
 * The outcome of one competence from how many of its challenges were asked, answered right and
 * neutralised, and the band of the whole test's reproducibility rate (the table of
 * docs/certification.md, as the public service applies it). A neutralised challenge is given to the
 * candidate: one right answer out of two counted, with a third neutralised, is trusted more than
 * one right out of three. Any other combination (more than 3 challenges) has no rule: the result is
 * an error for an administrator to look at, never a guess.
 */
public final class CertifiedLevelTable {
  /** Outcomes in band order: trusted (≥ 80 %), mixed (70–80 %), weak (&lt; 70 %). */
  private record Row(CompetenceOutcome trusted, CompetenceOutcome mixed, CompetenceOutcome weak) {
    CompetenceOutcome in(ReproducibilityBand band) {
      return switch (band) {
        case TRUSTED -> trusted;
        case MIXED -> mixed;
        case WEAK -> weak;
      };
    }
  }

  private static final Row ALWAYS_VALID = new Row(VALIDATED, VALIDATED, VALIDATED);
  private static final Row NEVER_VALID = new Row(INVALIDATED, INVALIDATED, INVALIDATED);

  /** Key: asked, correct, neutralised (each 0–3), as a 3-digit number. */
  private static final Map<Integer, Row> ROWS =
      Map.ofEntries(
          Map.entry(key(3, 3, 0), ALWAYS_VALID),
          Map.entry(key(3, 2, 0), new Row(VALIDATED, DOWNGRADED, DOWNGRADED)),
          Map.entry(key(3, 2, 1), ALWAYS_VALID),
          Map.entry(key(3, 1, 0), NEVER_VALID),
          Map.entry(key(3, 1, 1), new Row(VALIDATED, DOWNGRADED, INVALIDATED)),
          Map.entry(key(3, 1, 2), new Row(VALIDATED, VALIDATED, DOWNGRADED)),
          Map.entry(key(3, 0, 0), NEVER_VALID),
          Map.entry(key(3, 0, 1), NEVER_VALID),
          Map.entry(key(3, 0, 2), NEVER_VALID),
          Map.entry(key(3, 0, 3), NEVER_VALID),
          Map.entry(key(2, 2, 0), ALWAYS_VALID),
          Map.entry(key(2, 1, 0), new Row(VALIDATED, DOWNGRADED, INVALIDATED)),
          Map.entry(key(2, 1, 1), new Row(VALIDATED, VALIDATED, DOWNGRADED)),
          Map.entry(key(2, 0, 0), NEVER_VALID),
          Map.entry(key(2, 0, 1), NEVER_VALID),
          Map.entry(key(2, 0, 2), NEVER_VALID),
          Map.entry(key(1, 1, 0), new Row(VALIDATED, VALIDATED, DOWNGRADED)),
          Map.entry(key(1, 0, 1), NEVER_VALID),
          Map.entry(key(1, 0, 0), NEVER_VALID));

  private CertifiedLevelTable() {}

  /** The outcome, or empty when the table has no rule for these counts. */
  public static Optional<CompetenceOutcome> outcome(
      int asked, int correct, int neutralised, ReproducibilityBand band) {
    if (asked < 0
        || asked > 9
        || correct < 0
        || correct > 9
        || neutralised < 0
        || neutralised > 9) {
      return Optional.empty();
    }
    return Optional.ofNullable(ROWS.get(key(asked, correct, neutralised))).map(row -> row.in(band));
  }

  private static int key(int asked, int correct, int neutralised) {
    return asked * 100 + correct * 10 + neutralised;
  }
}
