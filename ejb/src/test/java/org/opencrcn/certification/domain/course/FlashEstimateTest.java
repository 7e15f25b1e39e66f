package org.opencrcn.certification.domain.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.certification.domain.course.FlashEstimate.Item;
import org.opencrcn.certification.domain.course.FlashEstimate.Response;

class FlashEstimateTest {
  private static Item item(String id, String competence, String tube, int level) {
    return FlashEstimate.uncalibrated(id, competence, tube, "@" + tube + level, level);
  }

  @Test
  @DisplayName("with no answer the ability is the prior's mean, 0")
  void priorMean() {
    assertThat(FlashEstimate.ability(List.of()))
        .isCloseTo(0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  @DisplayName(
      "a prior centred elsewhere: no answer gives its centre, the same answers move from there")
  void centredPrior() {
    Item item = item("c1", "1.1", "a", 4);
    List<Response> right = List.of(new Response(item, true));

    assertThat(FlashEstimate.ability(List.of(), 1.5))
        .isCloseTo(1.5, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(FlashEstimate.ability(right, 1.5)).isGreaterThan(FlashEstimate.ability(right));
    assertThat(FlashEstimate.ability(right, 1.5)).isGreaterThan(1.5);
  }

  @Test
  @DisplayName("right answers raise the ability, wrong ones lower it")
  void abilityFollowsAnswers() {
    Item hard = item("c1", "1.1", "a", 6);
    Item easy = item("c2", "1.2", "b", 2);

    double afterRight = FlashEstimate.ability(List.of(new Response(hard, true)));
    double afterWrong = FlashEstimate.ability(List.of(new Response(easy, false)));

    assertThat(afterRight).isPositive();
    assertThat(afterWrong).isNegative();
  }

  @Test
  @DisplayName("the next challenge is informative, of a new tube, away from the last 2 competences")
  void nextChallenge() {
    List<Item> pool = new ArrayList<>();
    for (int level = 1; level <= 7; level++) {
      pool.add(item("a" + level, "1.1", "a" + level, level));
      pool.add(item("b" + level, "1.2", "b" + level, level));
      pool.add(item("c" + level, "2.1", "c" + level, level));
    }
    List<Response> responses =
        List.of(new Response(pool.get(9), true), new Response(pool.get(10), true));

    Item next = FlashEstimate.next(pool, responses, Set.of(), 3);

    assertThat(next.competenceCode()).isEqualTo("2.1");
    assertThat(next.skillLevel()).isBetween(3, 7);
  }

  @Test
  @DisplayName("nothing is left once every challenge was asked or seen")
  void noneLeft() {
    List<Item> pool = List.of(item("a1", "1.1", "a", 1));

    assertThat(FlashEstimate.next(pool, List.of(), Set.of("a1"), 3)).isNull();
  }
}
