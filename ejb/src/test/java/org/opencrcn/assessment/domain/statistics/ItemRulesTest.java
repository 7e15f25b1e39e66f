package org.opencrcn.assessment.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.assessment.domain.statistics.ItemRules.LevelCount;

class ItemRulesTest {

  @Test
  @DisplayName("Learners above the item's level failing it more often than not: flagged")
  void strongLearnersFail() {
    assertThat(ItemRules.flags(3, List.of(new LevelCount(4, 4, 1), new LevelCount(6, 2, 1))))
        .containsExactly(ItemFlag.STRONG_LEARNERS_FAIL);
    assertThat(ItemRules.flags(3, List.of(new LevelCount(4, 6, 3))))
        .as("half right is not worse than chance")
        .isEmpty();
  }

  @Test
  @DisplayName("Learners below the item's level passing it more often than not: flagged")
  void weakLearnersPass() {
    assertThat(ItemRules.flags(5, List.of(new LevelCount(0, 3, 3), new LevelCount(4, 3, 1))))
        .containsExactly(ItemFlag.WEAK_LEARNERS_PASS);
  }

  @Test
  @DisplayName("Fewer than 5 answers in a group, or answers at the item's own level: no flag")
  void tooFewOrSameLevel() {
    assertThat(ItemRules.flags(3, List.of(new LevelCount(5, 4, 0), new LevelCount(1, 4, 4))))
        .isEmpty();
    assertThat(ItemRules.flags(3, List.of(new LevelCount(3, 50, 0)))).isEmpty();
  }
}
