package org.opencrcn.certification.domain.course;

/**
 * The result of a question asked in a course, as scoring reads it. Stored with the codes every
 * answer of the platform uses ({@code ok}, {@code ko}, {@code aband}, {@code timedout}, {@code
 * focusedOut}); a question not answered when the test ended is {@link #UNANSWERED}.
 */
public enum AnswerResult {
  OK("ok"),
  KO("ko"),
  SKIPPED("aband"),
  TIMED_OUT("timedout"),
  FOCUS_LOST("focusedOut"),
  UNANSWERED(null);

  private final String code;

  AnswerResult(String code) {
    this.code = code;
  }

  /** The stored code; null for {@link #UNANSWERED}. */
  public String code() {
    return code;
  }

  /** Only a right answer in time counts as right. */
  public boolean right() {
    return this == OK;
  }

  public static AnswerResult ofCode(String code) {
    for (AnswerResult result : values()) {
      if (result.code != null && result.code.equals(code)) {
        return result;
      }
    }
    return UNANSWERED;
  }
}
