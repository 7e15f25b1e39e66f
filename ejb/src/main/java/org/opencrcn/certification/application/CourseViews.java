package org.opencrcn.certification.application;

import java.io.Serializable;
import org.opencrcn.referential.application.ChallengePreview;

/** What the candidate's pages show of their sitting. */
public final class CourseViews {
  private CourseViews() {}

  /**
   * The question to answer now.
   *
   * @param planned how many questions the test has (v3: at most)
   * @param timerSeconds the question's timer with the candidate's extra time, null if untimed
   * @param secondsLeft what is left of that timer, null if untimed
   * @param testSecondsLeft what is left of the whole test's time
   */
  public record Question(
      long courseId,
      long sessionId,
      int number,
      int planned,
      ChallengePreview challenge,
      boolean focused,
      Integer timerSeconds,
      Integer secondsLeft,
      long testSecondsLeft)
      implements Serializable {
    public boolean timed() {
      return timerSeconds != null;
    }
  }

  /** Where the sitting is: its session, status, how many answers, the whole test's time left. */
  public record State(
      long courseId, long sessionId, String status, int answered, Long testSecondsLeft)
      implements Serializable {
    public boolean waiting() {
      return "WAITING".equals(status);
    }

    public boolean finished() {
      return "COMPLETED".equals(status) || "ENDED_BY_SUPERVISOR".equals(status);
    }
  }
}
