package org.opencrcn.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.assessment.domain.answer.Answer;
import org.opencrcn.referential.domain.catalog.CatalogChallenge;
import org.opencrcn.referential.domain.content.ChallengeStatus;
import org.opencrcn.referential.domain.content.Solution;
import org.opencrcn.referential.domain.content.Tolerance;
import org.opencrcn.referential.infrastructure.pack.ChallengeJson;

class ChallengeCheckTest {

  /** A stored QROC challenge accepting "Lyon", with the given treatments ("T1,T2,T3"...). */
  private static CatalogChallenge qroc(String tolerances) {
    CatalogChallenge challenge = new CatalogChallenge("qroc-1");
    challenge.define(
        new CatalogChallenge.Definition(
            "@ville1",
            "QROC",
            "fr",
            ChallengeStatus.VALIDATED,
            "Quelle ville ?",
            null,
            null,
            ChallengeJson.solution(new Solution.FreeText(List.of("Lyon"), false)),
            tolerances,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            null,
            null,
            null,
            true));
    return challenge;
  }

  @Test
  @DisplayName("The stored tolerances apply: case and spaces forgiven with T1, not without")
  void storedTolerances() {
    assertThat(ChallengeCheck.isRight(qroc("T1,T2,T3"), new Answer.Text("  lyon "))).isTrue();
    assertThat(ChallengeCheck.isRight(qroc(""), new Answer.Text("  lyon "))).isFalse();
    assertThat(ChallengeCheck.isRight(qroc(""), new Answer.Text("Lyon"))).isTrue();
  }

  @Test
  @DisplayName("A wrong answer is wrong whatever the tolerances")
  void wrongAnswer() {
    assertThat(ChallengeCheck.isRight(qroc("T1,T2,T3"), new Answer.Text("Marseille"))).isFalse();
  }

  @Test
  @DisplayName("Tolerance codes are read case-insensitively; unknown ones are ignored")
  void toleranceCodes() {
    assertThat(ChallengeCheck.tolerances(qroc("T1,t3,T9")))
        .isEqualTo(Set.of(Tolerance.T1, Tolerance.T3));
    assertThat(ChallengeCheck.tolerances(qroc(""))).isEmpty();
  }
}
