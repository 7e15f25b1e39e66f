package org.opencrcn.referential.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.referential.domain.catalog.CatalogChallenge;
import org.opencrcn.referential.domain.content.ChallengeStatus;
import org.opencrcn.referential.domain.content.Solution;
import org.opencrcn.referential.infrastructure.pack.ChallengeJson;

class ChallengePreviewOrderTest {

  private static ChallengePreview qcu(boolean shuffle) {
    CatalogChallenge challenge = new CatalogChallenge("q");
    challenge.define(
        new CatalogChallenge.Definition(
            "@s1",
            "QCU",
            "fr",
            ChallengeStatus.VALIDATED,
            "?",
            ChallengeJson.proposals(List.of("Jamais", "Parfois", "Souvent", "Toujours")),
            null,
            ChallengeJson.solution(new Solution.SingleChoice(2)),
            "",
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
            shuffle));
    return ChallengePreview.of(challenge);
  }

  @Test
  @DisplayName("Shown in the learner's order, each proposal keeps its number in the pack")
  void learnersOrder() {
    ChallengePreview shown = qcu(true).inOrder(List.of(3, 1, 4, 2));
    assertThat(shown.choices())
        .containsExactly(
            new ChallengePreview.Choice(3, "Souvent"),
            new ChallengePreview.Choice(1, "Jamais"),
            new ChallengePreview.Choice(4, "Toujours"),
            new ChallengePreview.Choice(2, "Parfois"));
    assertThat(qcu(true).choices())
        .extracting(ChallengePreview.Choice::number)
        .containsExactly(1, 2, 3, 4);
  }

  @Test
  @DisplayName("shuffle: false keeps the pack's order for everyone (an ordered scale)")
  void optOut() {
    assertThat(qcu(false).inOrder(List.of(3, 1, 4, 2)).choices())
        .extracting(ChallengePreview.Choice::text)
        .containsExactly("Jamais", "Parfois", "Souvent", "Toujours");
  }

  @Test
  @DisplayName("An order that is not a permutation of the proposals is refused")
  void notAPermutation() {
    assertThatThrownBy(() -> qcu(true).inOrder(List.of(1, 1, 2, 3)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> qcu(true).inOrder(List.of(1, 2, 3)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
