package org.opencrcn.assessment.domain.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChallengeDrawTest {
  private static final List<String> DECLINATIONS = List.of("c-a", "c-b", "c-c");

  @Test
  @DisplayName(
      "The same run draws the same challenge for a question, whatever the candidates' order")
  void repeatable() {
    var first = ChallengeDraw.pick(DECLINATIONS, Set.of(), 42L, 3);
    var again = ChallengeDraw.pick(List.of("c-c", "c-a", "c-b"), Set.of(), 42L, 3);

    assertThat(first).isPresent().isEqualTo(again);
  }

  @Test
  @DisplayName("Different runs draw every declination of a skill, not always the first")
  void random() {
    Set<String> drawn = new HashSet<>();
    LongStream.range(0, 200)
        .forEach(
            seed -> drawn.add(ChallengeDraw.pick(DECLINATIONS, Set.of(), seed, 0).orElseThrow()));

    assertThat(drawn).containsExactlyInAnyOrderElementsOf(DECLINATIONS);
  }

  @Test
  @DisplayName("A declination the learner has seen is not drawn while an unseen one remains")
  void unseenFirst() {
    Set<String> seen = Set.of("c-a", "c-c");

    LongStream.range(0, 50)
        .forEach(
            seed -> assertThat(ChallengeDraw.pick(DECLINATIONS, seen, seed, 1)).contains("c-b"));
  }

  @Test
  @DisplayName(
      "Once every declination was seen, any of them is drawn again; without candidates, none")
  void allSeenOrNone() {
    assertThat(ChallengeDraw.pick(DECLINATIONS, Set.copyOf(DECLINATIONS), 7L, 0))
        .get()
        .isIn(DECLINATIONS);
    assertThat(ChallengeDraw.pick(List.of(), Set.of(), 7L, 0)).isEmpty();
  }
}
