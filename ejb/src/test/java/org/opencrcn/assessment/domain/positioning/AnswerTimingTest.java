package org.opencrcn.assessment.domain.positioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AnswerTimingTest {
  private static final Instant ASKED = Instant.parse("2026-11-26T09:00:00Z");
  private static final int GRACE = 3;

  @Test
  @DisplayName("A right answer within the timer (and its grace) is ok; a wrong one is ko")
  void inTime() {
    assertThat(AnswerTiming.result(false, true, 60, ASKED, ASKED.plusSeconds(63), GRACE))
        .isEqualTo("ok");
    assertThat(AnswerTiming.result(false, false, 60, ASKED, ASKED.plusSeconds(10), GRACE))
        .isEqualTo("ko");
  }

  @Test
  @DisplayName("A right answer after the timer and its grace is timedout")
  void late() {
    assertThat(AnswerTiming.result(false, true, 60, ASKED, ASKED.plusSeconds(64), GRACE))
        .isEqualTo("timedout");
  }

  @Test
  @DisplayName("Untimed challenges never time out; skipping is aband whatever the time")
  void untimedAndSkipped() {
    assertThat(AnswerTiming.result(false, true, null, ASKED, ASKED.plusSeconds(100_000), GRACE))
        .isEqualTo("ok");
    assertThat(AnswerTiming.result(true, false, 60, ASKED, ASKED.plusSeconds(600), GRACE))
        .isEqualTo("aband");
  }

  @Test
  @DisplayName("Time spent and time left are whole seconds, never negative, never above the timer")
  void seconds() {
    assertThat(AnswerTiming.secondsSpent(ASKED, ASKED.plusMillis(12_900))).isEqualTo(12);
    assertThat(AnswerTiming.secondsSpent(null, ASKED)).isNull();
    assertThat(AnswerTiming.secondsLeft(60, ASKED, ASKED.plusSeconds(15))).isEqualTo(45);
    assertThat(AnswerTiming.secondsLeft(60, ASKED, ASKED.plusSeconds(90))).isZero();
    assertThat(AnswerTiming.secondsLeft(60, ASKED, ASKED.minusSeconds(5))).isEqualTo(60);
  }
}
