package org.opencrcn.certification.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencrcn.certification.domain.scoring.ReproducibilityBand.MIXED;
import static org.opencrcn.certification.domain.scoring.ReproducibilityBand.TRUSTED;
import static org.opencrcn.certification.domain.scoring.ReproducibilityBand.WEAK;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertifiedLevelTableTest {
  @ParameterizedTest(name = "{0} asked, {1} right, {2} neutralised: {3} / {4} / {5}")
  @DisplayName("The certified-level table, per band ≥ 80 % / 70–80 % / < 70 %")
  @CsvSource({
    "3,3,0,VALIDATED,VALIDATED,VALIDATED",
    "3,2,0,VALIDATED,DOWNGRADED,DOWNGRADED",
    "3,2,1,VALIDATED,VALIDATED,VALIDATED",
    "3,1,0,INVALIDATED,INVALIDATED,INVALIDATED",
    "3,1,1,VALIDATED,DOWNGRADED,INVALIDATED",
    "3,1,2,VALIDATED,VALIDATED,DOWNGRADED",
    "3,0,0,INVALIDATED,INVALIDATED,INVALIDATED",
    "3,0,3,INVALIDATED,INVALIDATED,INVALIDATED",
    "2,2,0,VALIDATED,VALIDATED,VALIDATED",
    "2,1,0,VALIDATED,DOWNGRADED,INVALIDATED",
    "2,1,1,VALIDATED,VALIDATED,DOWNGRADED",
    "2,0,2,INVALIDATED,INVALIDATED,INVALIDATED",
    "1,1,0,VALIDATED,VALIDATED,DOWNGRADED",
    "1,0,0,INVALIDATED,INVALIDATED,INVALIDATED",
    "1,0,1,INVALIDATED,INVALIDATED,INVALIDATED"
  })
  void table(
      int asked,
      int right,
      int neutralised,
      CompetenceOutcome trusted,
      CompetenceOutcome mixed,
      CompetenceOutcome weak) {
    assertThat(CertifiedLevelTable.outcome(asked, right, neutralised, TRUSTED)).contains(trusted);
    assertThat(CertifiedLevelTable.outcome(asked, right, neutralised, MIXED)).contains(mixed);
    assertThat(CertifiedLevelTable.outcome(asked, right, neutralised, WEAK)).contains(weak);
  }

  @ParameterizedTest(name = "{0} asked, {1} right, {2} neutralised")
  @DisplayName("Counts the table has no rule for are empty (the result becomes an error)")
  @CsvSource({"4,4,0", "3,3,1", "0,0,0", "2,3,0", "12,1,0"})
  void noRule(int asked, int right, int neutralised) {
    assertThat(CertifiedLevelTable.outcome(asked, right, neutralised, TRUSTED)).isEmpty();
  }
}
