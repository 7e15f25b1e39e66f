package org.opencrcn.reliability;

import java.util.Optional;
import java.util.Set;

/**
 * Whether a learner resumed at the right question after a crash. What the learner last saw decides:
 *
 * <ul>
 *   <li>a question received and not answered must be shown again (it was recorded as the current
 *       question before the page was sent);
 *   <li>a question whose answer was sent but got no response (the crash cut it) is shown again if
 *       that answer was not committed, and a new question otherwise: which one the database says;
 *   <li>in every case, never a question whose answer was acknowledged.
 * </ul>
 */
public final class ResumeCheck {
  private ResumeCheck() {}

  /** The verdict; {@code answerMustExist} is what the database must then say of the cut answer. */
  public record Verdict(boolean ok, String reason, Optional<CutAnswer> cutAnswer) {
    static Verdict right() {
      return new Verdict(true, "", Optional.empty());
    }

    static Verdict wrong(String reason) {
      return new Verdict(false, reason, Optional.empty());
    }
  }

  /** An answer cut by the crash, and whether the resumed page implies it was committed. */
  public record CutAnswer(AnswerKey answer, boolean mustBeRecorded) {}

  /**
   * @param assessmentId the learner's test
   * @param acknowledged the challenges of that test whose answers were acknowledged
   * @param shown the question last received and not answered, if any
   * @param inFlight the question whose answer was sent without a response, if any
   * @param resumed the question the resumed test shows, empty when it shows none (result page)
   */
  public static Verdict of(
      long assessmentId,
      Set<String> acknowledged,
      Optional<String> shown,
      Optional<String> inFlight,
      Optional<String> resumed) {
    if (resumed.isPresent() && acknowledged.contains(resumed.get())) {
      return Verdict.wrong("shows again the answered question " + resumed.get());
    }
    if (inFlight.isPresent()) {
      AnswerKey cut = new AnswerKey(assessmentId, inFlight.get());
      boolean sameQuestion = resumed.equals(inFlight);
      return new Verdict(true, "", Optional.of(new CutAnswer(cut, !sameQuestion)));
    }
    if (shown.isPresent() && !resumed.equals(shown)) {
      return Verdict.wrong(
          "shows " + resumed.orElse("no question") + " instead of the unanswered " + shown.get());
    }
    return Verdict.right();
  }
}
