package org.opencrcn.assessment.application;

import java.io.Serializable;
import java.util.List;
import org.opencrcn.referential.application.ChallengePreview;
import org.opencrcn.referential.application.DiscoveryTestCatalog.Definition;

/** What the discovery-test screens show. */
public final class DiscoveryViews {
  private DiscoveryViews() {}

  /** A test the learner may take, and their run of it under way, if any. */
  public record TestOverview(Definition test, Long startedRunId) implements Serializable {}

  /** The question being asked: its number among the run's {@code total}. */
  public record Question(
      long runId, String testTitle, int number, int total, ChallengePreview challenge)
      implements Serializable {}

  /** Whether the answer was right, and whether it was the run's last question. */
  public record Outcome(boolean right, int answered, boolean finished) implements Serializable {}

  /** The run's score ("N / 9 réponses justes") and each question's result. */
  public record Result(
      long runId,
      String testId,
      String testTitle,
      boolean completed,
      int rightCount,
      int total,
      List<QuestionResult> questions)
      implements Serializable {}

  /**
   * One question of the run: what it tested, its result ({@code ok}, {@code ko}, {@code aband}),
   * and the tutorials of its skill when it was not right.
   */
  public record QuestionResult(
      int number, String competenceTitle, int level, String result, List<TutorialLink> tutorials)
      implements Serializable {
    public boolean right() {
      return "ok".equals(result);
    }
  }

  /** A tutorial to progress on a failed skill. */
  public record TutorialLink(String title, String url, String format, int durationMinutes)
      implements Serializable {}
}
