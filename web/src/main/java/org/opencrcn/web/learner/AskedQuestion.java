package org.opencrcn.web.learner;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.opencrcn.assessment.application.PositioningViews.Question;

/**
 * The next question the service chose with the learner's answer, kept for the question page the
 * browser is redirected to: that page then shows it without asking the service again. Taken once; a
 * page opened otherwise (a refresh, a bookmark, another tab) asks the service.
 */
@SessionScoped
public class AskedQuestion implements Serializable {
  private static final long serialVersionUID = 1L;

  private Question question;
  private Instant keptAt;

  void keep(Question next) {
    question = next;
    keptAt = Instant.now();
  }

  /**
   * The question kept for that test, once; a timer's time left is what it was when the question was
   * chosen, less the time since.
   */
  Optional<Question> take(long assessmentId) {
    Question kept = question;
    question = null;
    if (kept == null || kept.assessmentId() != assessmentId) {
      return Optional.empty();
    }
    if (!kept.timed()) {
      return Optional.of(kept);
    }
    long elapsed = Duration.between(keptAt, Instant.now()).toSeconds();
    return Optional.of(
        new Question(
            kept.assessmentId(),
            kept.competenceCode(),
            kept.number(),
            kept.progressPercent(),
            kept.challenge(),
            (int) Math.max(0, kept.secondsLeft() - elapsed)));
  }
}
