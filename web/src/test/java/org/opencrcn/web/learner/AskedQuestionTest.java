package org.opencrcn.web.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.assessment.application.PositioningViews.Question;
import org.opencrcn.referential.application.ChallengePreview;

class AskedQuestionTest {
  private static Question question(long assessment, Integer secondsLeft) {
    ChallengePreview challenge =
        new ChallengePreview(
            "rec1",
            "QCU",
            "validé",
            "<p>?</p>",
            List.of("a", "b"),
            List.of(),
            null,
            null,
            secondsLeft == null ? null : 60,
            null,
            false,
            List.of(1, 2),
            false,
            null);
    return new Question(assessment, "1.1", 3, 20, challenge, secondsLeft);
  }

  @Test
  @DisplayName("The question chosen with an answer is shown once, on the page of the same test")
  void takenOnceForItsTest() {
    AskedQuestion asked = new AskedQuestion();
    Question next = question(7, null);
    asked.keep(next);

    assertThat(asked.take(7)).contains(next);
    assertThat(asked.take(7)).isEmpty();

    asked.keep(next);
    assertThat(asked.take(8)).isEmpty();
    assertThat(asked.take(7)).as("another test's page drops it").isEmpty();
  }

  @Test
  @DisplayName("A timed question kept keeps its number and never shows more time than was left")
  void timerNeverGrows() {
    AskedQuestion asked = new AskedQuestion();
    asked.keep(question(7, 60));

    Question shown = asked.take(7).orElseThrow();

    assertThat(shown.secondsLeft()).isBetween(0, 60);
    assertThat(shown.number()).isEqualTo(3);
    assertThat(shown.progressPercent()).isEqualTo(20);
  }
}
