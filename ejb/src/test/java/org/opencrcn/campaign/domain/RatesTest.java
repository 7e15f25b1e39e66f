package org.opencrcn.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RatesTest {
  @Test
  @DisplayName("Mastery is validated over targeted skills, rounded down")
  void mastery() {
    assertThat(Rates.masteryPercent(1, 3)).isEqualTo(33);
    assertThat(Rates.masteryPercent(2, 3)).isEqualTo(66);
    assertThat(Rates.masteryPercent(999, 1000)).isEqualTo(99);
    assertThat(Rates.masteryPercent(3, 3)).isEqualTo(100);
  }

  @Test
  @DisplayName("Progress is assessed over targeted skills, 0 when nothing is targeted")
  void progress() {
    assertThat(Rates.progressPercent(5, 20)).isEqualTo(25);
    assertThat(Rates.progressPercent(0, 20)).isZero();
    assertThat(Rates.progressPercent(4, 0)).isZero();
    assertThat(Rates.progressPercent(30, 20)).isEqualTo(100);
  }
}
