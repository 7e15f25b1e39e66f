package org.opencrcn.assessment.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.assessment.domain.scoring.Scorecard.Status;

class ScorecardTest {
  private static final Instant LAST_ANSWER = Instant.parse("2026-11-02T10:00:00Z");
  private static final PositioningRules RULES = PositioningRules.DEFAULTS;

  private static Scorecard completedAt(int level, Duration after) {
    return Scorecard.of(
        "1.1",
        Status.COMPLETED,
        new CompetenceScore(level * 8L, level),
        LAST_ANSWER,
        LAST_ANSWER.plus(after),
        RULES);
  }

  @Test
  @DisplayName(
      "The seed's delays: improve after 4 days, reset after 7, counted from the last answer")
  void defaults() {
    assertThat(RULES.improveDelayDays()).isEqualTo(4);
    assertThat(RULES.resetDelayDays()).isEqualTo(7);
    assertThat(RULES.maxReachableLevel()).isEqualTo(6);
  }

  @Test
  @DisplayName("Right after a test: improve in 4 days, reset in 7, neither available")
  void rightAfter() {
    Scorecard card = completedAt(3, Duration.ofMinutes(1));
    assertThat(card.daysBeforeImproving()).isEqualTo(4);
    assertThat(card.daysBeforeReset()).isEqualTo(7);
    assertThat(card.improvable()).isFalse();
    assertThat(card.resettable()).isFalse();
  }

  @Test
  @DisplayName(
      "Days left are rounded up: 3 days and 1 hour after, improve is 1 day away and reset 4")
  void roundedUp() {
    Scorecard card = completedAt(3, Duration.ofDays(3).plusHours(1));
    assertThat(card.daysBeforeImproving()).isEqualTo(1);
    assertThat(card.daysBeforeReset()).isEqualTo(4);
  }

  @Test
  @DisplayName("Exactly 4 days after, improve opens; exactly 7 days after, reset opens")
  void opensOnTheDay() {
    assertThat(completedAt(3, Duration.ofDays(4)).improvable()).isTrue();
    assertThat(completedAt(3, Duration.ofDays(4).minusSeconds(1)).improvable()).isFalse();
    assertThat(completedAt(3, Duration.ofDays(7)).resettable()).isTrue();
    assertThat(completedAt(3, Duration.ofDays(7).minusSeconds(1)).resettable()).isFalse();
  }

  @Test
  @DisplayName(
      "A competence at the highest reachable level has nothing to improve, but can be reset")
  void maxLevel() {
    Scorecard card = completedAt(6, Duration.ofDays(30));
    assertThat(card.improvable()).isFalse();
    assertThat(card.resettable()).isTrue();
  }

  @Test
  @DisplayName(
      "A started test cannot be improved but can be reset once its last answer is 7 days old")
  void started() {
    Scorecard card =
        Scorecard.of(
            "1.1",
            Status.STARTED,
            new CompetenceScore(8, 1),
            LAST_ANSWER,
            LAST_ANSWER.plus(Duration.ofDays(8)),
            RULES);
    assertThat(card.improvable()).isFalse();
    assertThat(card.resettable()).isTrue();
  }

  @Test
  @DisplayName(
      "Nothing to reset or improve on a competence never tested, or started without an answer")
  void nothingYet() {
    Instant now = LAST_ANSWER;
    assertThat(
            Scorecard.of("1.1", Status.NOT_STARTED, new CompetenceScore(0, 0), null, now, RULES)
                .resettable())
        .isFalse();
    Scorecard startedEmpty =
        Scorecard.of("1.1", Status.STARTED, new CompetenceScore(0, 0), null, now, RULES);
    assertThat(startedEmpty.resettable()).isFalse();
    assertThat(startedEmpty.daysBeforeReset()).isZero();
  }

  @Test
  @DisplayName("Delays are settings: 0 days makes improve and reset available at once")
  void settings() {
    PositioningRules immediate = new PositioningRules(0, 0, 6, 3);
    Scorecard card =
        Scorecard.of(
            "1.1",
            Status.COMPLETED,
            new CompetenceScore(16, 2),
            LAST_ANSWER,
            LAST_ANSWER,
            immediate);
    assertThat(card.improvable()).isTrue();
    assertThat(card.resettable()).isTrue();
    assertThatThrownBy(() -> new PositioningRules(-1, 7, 6, 3))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new PositioningRules(4, 7, 9, 3))
        .isInstanceOf(IllegalStateException.class);
  }
}
