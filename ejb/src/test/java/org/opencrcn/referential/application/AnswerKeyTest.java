package org.opencrcn.referential.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.referential.domain.catalog.CatalogChallenge;
import org.opencrcn.referential.domain.content.ChallengeStatus;
import org.opencrcn.referential.domain.content.Solution;
import org.opencrcn.referential.domain.content.Tolerance;
import org.opencrcn.referential.infrastructure.pack.ChallengeJson;

class AnswerKeyTest {

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
  @DisplayName("The stored challenge's solution and tolerances become its answer key")
  void storedChallenge() {
    AnswerKey key = AnswerKey.of(qroc("T1,T2"));

    assertThat(key.solution()).isEqualTo(new Solution.FreeText(List.of("Lyon"), false));
    assertThat(key.tolerances()).containsExactlyInAnyOrder(Tolerance.T1, Tolerance.T2);
    assertThat(key.fieldKeys()).isEmpty();
  }

  @Test
  @DisplayName("Tolerance codes are read case-insensitively; unknown ones are ignored")
  void toleranceCodes() {
    assertThat(AnswerKey.of(qroc("T1,t3,T9")).tolerances())
        .isEqualTo(Set.of(Tolerance.T1, Tolerance.T3));
    assertThat(AnswerKey.of(qroc("")).tolerances()).isEmpty();
  }
}
