package org.opencrcn.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ItemStatisticsCellTest {
  @Test
  @DisplayName("A CSV cell a spreadsheet would read as a formula is neutralised")
  void formulas() {
    for (String formula : new String[] {"=1+1", "+33", "-2", "@SUM(A1)", "\tx", "\rx"}) {
      assertThat(ItemStatistics.cell(formula)).isEqualTo("'" + formula);
    }
    assertThat(ItemStatistics.cell("c11moteur-1-en")).isEqualTo("c11moteur-1-en");
  }
}
