package org.opencrcn.assessment.domain.positioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.assessment.domain.scoring.KnowledgeElement;
import org.opencrcn.assessment.domain.scoring.Scorecard;

class CompetenceStateTest {
  private static final Instant T1 = Instant.parse("2026-01-10T10:00:00Z");
  private static final Instant T2 = Instant.parse("2026-02-10T10:00:00Z");

  private static Assessment testStartedAt(Instant at) {
    return new Assessment(7, "1.1", 42, "fr", false, at);
  }

  private static StoredKnowledgeElement resetAt(String skill, Instant at) {
    return StoredKnowledgeElement.reset(
        7,
        "1.1",
        new KnowledgeElement(
            skill, "@tube", 2, KnowledgeElement.Status.VALIDATED, KnowledgeElement.Source.DIRECT),
        at);
  }

  private static CompetenceState state(Assessment latest, List<StoredKnowledgeElement> elements) {
    return new CompetenceState("1.1", latest, elements, Map.of());
  }

  @Test
  @DisplayName("Without a test the competence is not started; with one it is as its latest test")
  void statusFollowsTheLatestTest() {
    assertThat(state(null, List.of()).status()).isEqualTo(Scorecard.Status.NOT_STARTED);
    Assessment test = testStartedAt(T1);
    assertThat(state(test, List.of()).status()).isEqualTo(Scorecard.Status.STARTED);
    test.complete(T2);
    assertThat(state(test, List.of()).status()).isEqualTo(Scorecard.Status.COMPLETED);
  }

  @Test
  @DisplayName(
      "A reset after the latest test makes the competence not started; a test after it not")
  void resetComesBackToNotStarted() {
    assertThat(state(testStartedAt(T1), List.of(resetAt("@a2", T2))).status())
        .isEqualTo(Scorecard.Status.NOT_STARTED);
    assertThat(state(testStartedAt(T2), List.of(resetAt("@a2", T1))).status())
        .isEqualTo(Scorecard.Status.STARTED);
  }

  @Test
  @DisplayName("Only the latest element of each skill counts")
  void latestElementPerSkill() {
    StoredKnowledgeElement first = resetAt("@a2", T1);
    StoredKnowledgeElement second = resetAt("@a2", T2);
    StoredKnowledgeElement other = resetAt("@b3", T1);

    var latest = state(null, List.of(first, other, second)).latestPerSkill();

    assertThat(latest).containsOnlyKeys("@a2", "@b3");
    assertThat(latest.get("@a2")).isEqualTo(second.toElement());
  }
}
