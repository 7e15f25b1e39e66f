package org.opencrcn.assessment.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.referential.domain.content.Solution;
import org.opencrcn.referential.domain.content.Tolerance;

class ProposalOrderTest {

  @Test
  @DisplayName("The same learner gets the same order of a challenge every time")
  void deterministic() {
    for (long learner = 1; learner <= 50; learner++) {
      assertThat(ProposalOrder.forLearner(learner, "c41motsdepasse-3-a", 4))
          .isEqualTo(ProposalOrder.forLearner(learner, "c41motsdepasse-3-a", 4));
    }
  }

  @Test
  @DisplayName("Every order is a permutation of the proposal numbers")
  void permutation() {
    for (int count = 1; count <= 7; count++) {
      List<Integer> order = ProposalOrder.forLearner(42, "c", count);
      assertThat(order)
          .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, count).boxed().toList());
    }
  }

  @Test
  @DisplayName("Learners get different orders, and a learner gets different orders per challenge")
  void variesByLearnerAndChallenge() {
    Set<List<Integer>> byLearner =
        IntStream.rangeClosed(1, 100)
            .mapToObj(learner -> ProposalOrder.forLearner(learner, "c", 4))
            .collect(Collectors.toSet());
    assertThat(byLearner).hasSize(24); // all 4! orders appear among 100 learners
    Set<List<Integer>> byChallenge =
        IntStream.rangeClosed(1, 100)
            .mapToObj(i -> ProposalOrder.forLearner(7, "c-" + i, 4))
            .collect(Collectors.toSet());
    assertThat(byChallenge).hasSize(24);
  }

  @Test
  @DisplayName(
      "Over many learners, the right proposal is shown at each position equally often (chi-square)")
  void uniform() {
    int learners = 24_000;
    int proposals = 4;
    int[] keyShownAt = new int[proposals];
    for (long learner = 1; learner <= learners; learner++) {
      List<Integer> order = ProposalOrder.forLearner(learner, "c41motsdepasse-3-a", proposals);
      keyShownAt[order.indexOf(1)]++;
    }
    double expected = (double) learners / proposals;
    double chiSquare = 0;
    for (int count : keyShownAt) {
      chiSquare += (count - expected) * (count - expected) / expected;
    }
    // 3 degrees of freedom: 16.27 is the 0.1 % critical value.
    assertThat(chiSquare).isLessThan(16.27);
  }

  @Test
  @DisplayName("A choice made in the shuffled order is recorded and checked by proposal identity")
  void answersMapBack() {
    Solution.SingleChoice key = new Solution.SingleChoice(2);
    for (long learner = 1; learner <= 30; learner++) {
      List<Integer> shown = ProposalOrder.forLearner(learner, "qcu", 4);
      int positionOfKey = shown.indexOf(2);
      // The page offers each proposal with its number as value: clicking the key sends 2.
      int sent = shown.get(positionOfKey);
      assertThat(
              AnswerValidator.isRight(
                  key, Set.of(Tolerance.T1), List.of(), new Answer.Choice(sent)))
          .isTrue();
      int otherPosition = (positionOfKey + 1) % 4;
      assertThat(
              AnswerValidator.isRight(
                  key, Set.of(), List.of(), new Answer.Choice(shown.get(otherPosition))))
          .isFalse();
    }
    Solution.MultipleChoice keys = new Solution.MultipleChoice(Set.of(1, 3));
    List<Integer> shown = ProposalOrder.forLearner(5, "qcm", 4);
    Set<Integer> ticked = shown.stream().filter(n -> n == 1 || n == 3).collect(Collectors.toSet());
    assertThat(AnswerValidator.isRight(keys, Set.of(), List.of(), new Answer.Choices(ticked)))
        .isTrue();
  }
}
