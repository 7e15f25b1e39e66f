package org.opencrcn.certification.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlashLevelsTest {
  @ParameterizedTest(name = "θ = {0}: level {1}, {2} pix")
  @DisplayName("Ability maps to level ⌊θ + 4⌋ and pix ⌊(θ + 4) × 8⌋, clamped to 0 and level 6")
  @CsvSource({
    "-9.0, 0, 0",
    "-4.0, 0, 0",
    "-3.0, 1, 8",
    "-2.5, 1, 12",
    "-0.01, 3, 31",
    "0.0, 4, 32",
    "1.99, 5, 47",
    "2.0, 6, 48",
    "2.9, 6, 55",
    "9.0, 6, 55"
  })
  void mapping(double theta, int level, int pix) {
    assertThat(FlashLevels.level(theta, 6)).isEqualTo(level);
    assertThat(FlashLevels.pix(theta, 6)).isEqualTo(pix);
  }

  @Test
  @DisplayName("The level of the pix is the level of the ability (8 pix a level)")
  void consistent() {
    for (double theta = -5; theta <= 4; theta += 0.037) {
      assertThat(FlashLevels.pix(theta, 6) / CompetenceMark.PIX_PER_LEVEL)
          .isEqualTo(FlashLevels.level(theta, 6));
    }
  }

  @Test
  @DisplayName("No ability (NaN) is refused rather than read as level 0")
  void nan() {
    assertThatThrownBy(() -> FlashLevels.level(Double.NaN, 6))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
