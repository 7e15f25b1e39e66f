package org.opencrcn.assessment.application;

import java.io.Serializable;
import java.util.List;
import org.opencrcn.assessment.domain.scoring.Scorecard;
import org.opencrcn.referential.application.ChallengePreview;

/** What the positioning screens show. */
public final class PositioningViews {
  private PositioningViews() {}

  /**
   * The question being asked, its number in the test, and the progress of the test: the share of
   * the competence's skills already known (asked or inferred), in percent.
   *
   * @param secondsLeft what remains of the timer of a timed challenge (it runs from the first time
   *     the question was shown, reloading does not restart it); null when the challenge has none
   */
  public record Question(
      long assessmentId,
      String competenceCode,
      int number,
      int progressPercent,
      ChallengePreview challenge,
      Integer secondsLeft)
      implements Serializable {
    public boolean timed() {
      return secondsLeft != null;
    }
  }

  /**
   * Whether the answer was right, and whether a checkpoint (every 5 answers) is due.
   *
   * @param next the next question, already asked (its timer runs), or null when a checkpoint is due
   *     or the test is over
   */
  public record Outcome(
      boolean right, String result, int answered, boolean checkpointDue, Question next)
      implements Serializable {}

  /**
   * The competence's pix and level after the test, and when it may be improved or reset.
   *
   * @param completed whether this test is over
   */
  public record Result(String competenceCode, boolean completed, Scorecard scorecard)
      implements Serializable {
    public long pix() {
      return scorecard.pix();
    }

    public int level() {
      return scorecard.level();
    }
  }

  /**
   * One answer of the test, for the checkpoint, with the tutorials of its skill when it was not
   * right.
   */
  public record AnswerSummary(
      int number, String challengeId, String result, List<TutorialLink> tutorials)
      implements Serializable {
    public boolean right() {
      return "ok".equals(result);
    }

    public boolean timedOut() {
      return "timedout".equals(result);
    }
  }

  /**
   * A tutorial to progress on a failed skill ("Réponses et tutos"); the skill lets the learner save
   * it.
   */
  public record TutorialLink(
      String skillName, String title, String url, String format, int durationMinutes)
      implements Serializable {}
}
