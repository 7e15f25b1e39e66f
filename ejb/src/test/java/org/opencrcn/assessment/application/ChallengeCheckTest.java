package org.opencrcn.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.assessment.domain.answer.Answer;
import org.opencrcn.referential.application.AnswerKey;
import org.opencrcn.referential.domain.content.Solution;
import org.opencrcn.referential.domain.content.Tolerance;

class ChallengeCheckTest {

  /** The answer key of a QROC challenge accepting "Lyon", with the given treatments. */
  private static AnswerKey qroc(Set<Tolerance> tolerances) {
    return new AnswerKey(new Solution.FreeText(List.of("Lyon"), false), tolerances, List.of());
  }

  @Test
  @DisplayName("The key's tolerances apply: case and spaces forgiven with T1, not without")
  void keyTolerances() {
    Set<Tolerance> all = EnumSet.of(Tolerance.T1, Tolerance.T2, Tolerance.T3);
    assertThat(ChallengeCheck.isRight(qroc(all), new Answer.Text("  lyon "))).isTrue();
    assertThat(ChallengeCheck.isRight(qroc(Set.of()), new Answer.Text("  lyon "))).isFalse();
    assertThat(ChallengeCheck.isRight(qroc(Set.of()), new Answer.Text("Lyon"))).isTrue();
  }

  @Test
  @DisplayName("A wrong answer is wrong whatever the tolerances")
  void wrongAnswer() {
    assertThat(
            ChallengeCheck.isRight(
                qroc(EnumSet.allOf(Tolerance.class)), new Answer.Text("Marseille")))
        .isFalse();
  }
}
