package org.opencrcn.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecommendationTest {
  @Test
  @DisplayName("A basic tube nobody validated anything of scores the most, 100")
  void nothingReached() {
    assertThat(Recommendation.score(0, 1, 5)).isEqualTo(100.0);
  }

  @Test
  @DisplayName("A tube everyone completed keeps only its basic part")
  void completed() {
    assertThat(Recommendation.score(3, 3, 5)).isEqualTo(24.0);
  }

  @Test
  @DisplayName("The less the group reached, the higher the score")
  void lessReachedScoresHigher() {
    assertThat(Recommendation.score(1, 4, 4)).isGreaterThan(Recommendation.score(3, 4, 4));
    assertThat(Recommendation.score(2, 4, 4)).isEqualTo(40.0);
  }

  @Test
  @DisplayName("At the same reach, the more basic tube comes first")
  void basicFirst() {
    assertThat(Recommendation.score(0, 2, 6)).isGreaterThan(Recommendation.score(0, 5, 6));
  }

  @Test
  @DisplayName("A tube level outside the profile is refused")
  void outOfProfile() {
    assertThatThrownBy(() -> Recommendation.score(0, 0, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Recommendation.score(0, 6, 5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
