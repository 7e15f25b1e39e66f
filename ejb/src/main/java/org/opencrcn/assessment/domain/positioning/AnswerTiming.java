package org.opencrcn.assessment.domain.positioning;

import java.time.Duration;
import java.time.Instant;

/**
 * The result of an answer given the time it took (docs/rules.md §2): an answer to a timed challenge
 * that arrives after its timer (plus a grace for the network) is "timedout" — a failure whatever
 * was answered — and the time spent is recorded for every answer.
 */
public final class AnswerTiming {
  private AnswerTiming() {}

  /**
   * @param askedAt when the challenge was first shown; null for answers recorded before timing
   *     existed
   * @param timerSeconds the challenge's timer, null when it has none
   */
  public static String result(
      boolean skipped,
      boolean right,
      Integer timerSeconds,
      Instant askedAt,
      Instant answeredAt,
      int graceSeconds) {
    if (skipped) {
      return RecordedAnswer.SKIPPED;
    }
    if (timerSeconds != null
        && askedAt != null
        && Duration.between(askedAt, answeredAt)
                .compareTo(Duration.ofSeconds(timerSeconds + (long) graceSeconds))
            > 0) {
      return RecordedAnswer.TIMED_OUT;
    }
    return right ? RecordedAnswer.OK : RecordedAnswer.KO;
  }

  /** Whole seconds between showing and answering, or null when the showing time is unknown. */
  public static Integer secondsSpent(Instant askedAt, Instant answeredAt) {
    return askedAt == null
        ? null
        : (int) Math.max(0, Duration.between(askedAt, answeredAt).toSeconds());
  }

  /**
   * Seconds left on the timer now (0 once it has run out), for the countdown shown to the learner.
   */
  public static int secondsLeft(int timerSeconds, Instant askedAt, Instant now) {
    long left = timerSeconds - Duration.between(askedAt, now).toSeconds();
    return (int) Math.max(0, Math.min(timerSeconds, left));
  }
}
