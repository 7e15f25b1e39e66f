package org.opencrcn.campaign.domain.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellNeutralisationTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://x\",\"y\")",
        "+33 6 12",
        "-2+3",
        "@SUM(A1)",
        "\tcmd",
        "\r=1+1"
      })
  void aTextASpreadsheetCouldEvaluateGetsTheTextMark(String text) {
    assertThat(CellNeutralisation.isDangerous(text)).isTrue();
    assertThat(CellNeutralisation.neutralised(text)).isEqualTo("'" + text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Léa", "Jean-Pierre", "O'Neill", " =1", "6A", "a=b", "'=1"})
  void otherTextsAreUnchanged(String text) {
    assertThat(CellNeutralisation.isDangerous(text)).isFalse();
    assertThat(CellNeutralisation.neutralised(text)).isSameAs(text);
  }

  @Test
  void nothingIsNotDangerous() {
    assertThat(CellNeutralisation.isDangerous(null)).isFalse();
    assertThat(CellNeutralisation.isDangerous("")).isFalse();
    assertThat(CellNeutralisation.neutralised(null)).isNull();
  }
}
