package org.opencrcn.assessment.application;

import java.io.Serializable;
import java.util.List;
import org.opencrcn.referential.application.ChallengePreview;

/** What the positioning screens show. */
public final class PositioningViews {
  private PositioningViews() {}

  /**
   * The question being asked, its number in the test, and the progress of the test: the share of
   * the competence's skills already known (asked or inferred), in percent.
   */
  public record Question(long assessmentId, String competenceCode, int number, int progressPercent, ChallengePreview challenge)
      implements Serializable {}

  /** Whether the answer was right, and whether a checkpoint (every 5 answers) is due. */
  public record Outcome(boolean right, int answered, boolean checkpointDue) implements Serializable {}

  /** The competence's pix and level after the test. */
  public record Result(String competenceCode, long pix, int level, boolean completed) implements Serializable {}

  /** Where the learner stands on a competence. */
  public record CompetenceProgress(String competenceCode, Long assessmentId, boolean started, boolean completed, int level, long pix)
      implements Serializable {}

  /** One answer of the test, for the checkpoint, with the tutorials of its skill when it was not right. */
  public record AnswerSummary(int number, String challengeId, String result, List<TutorialLink> tutorials)
      implements Serializable {
    public boolean right() {
      return "ok".equals(result);
    }
  }

  /** A tutorial to progress on a failed skill ("Réponses et tutos"); the skill lets the learner save it. */
  public record TutorialLink(String skillName, String title, String url, String format, int durationMinutes)
      implements Serializable {}
}
