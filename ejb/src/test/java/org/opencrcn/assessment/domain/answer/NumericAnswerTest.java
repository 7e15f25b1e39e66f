package org.opencrcn.assessment.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencrcn.referential.domain.content.Solution;
import org.opencrcn.referential.domain.content.Tolerance;

class NumericAnswerTest {

  private static boolean right(String given, String unit, String accepted) {
    return AnswerValidator.isRight(
        new Solution.FreeText(List.of(accepted), true, unit),
        EnumSet.allOf(Tolerance.class),
        List.of(),
        new Answer.Text(given));
  }

  @ParameterizedTest(name = "\"{0}\" is right for {2} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0,4 kWh | kWh | 0.4",
        "0,4kWh | kWh | 0.4",
        "0.4 KWH | kWh | 0.4",
        "0,4 | kWh | 0.4",
        "108° | ° | 108",
        "108 ° | ° | 108",
        "70 ans | ans | 70",
        "70 an | ans | 70",
        "70 années | années | 70",
        "1 000,5 Mo | Mo | 1000.5",
        "25,7 cm. | cm | 25.7",
        "12. | | 12",
      })
  void accepted(String given, String unit, String accepted) {
    assertThat(right(given, unit, accepted)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\" is wrong for {2} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0,4 Wh | kWh | 0.4",
        "0,5 kWh | kWh | 0.4",
        "kWh | kWh | 0.4",
        "0,4 kWh | | 0.4",
        "70 mois | ans | 70",
        "20 Go | Mo | 20",
        "environ 20 | Mo | 20",
        "20 Mo 30 | Mo | 20",
      })
  void refused(String given, String unit, String accepted) {
    assertThat(right(given, unit, accepted)).isFalse();
  }

  @Test
  @DisplayName("The number itself is read the French way or not, with any spaces")
  void numbers() {
    assertThat(NumericAnswer.read("1\u202f000,5", null)).contains(new BigDecimal("1000.5"));
    assertThat(NumericAnswer.read("-3", null)).contains(new BigDecimal("-3"));
    assertThat(NumericAnswer.read(",5", null)).contains(new BigDecimal("0.5"));
    assertThat(NumericAnswer.read("", "kWh")).isEmpty();
    assertThat(NumericAnswer.read("   ", null)).isEmpty();
  }
}
