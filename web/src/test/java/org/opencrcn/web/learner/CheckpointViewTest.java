package org.opencrcn.web.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.assessment.application.PositioningViews.AnswerSummary;
import org.opencrcn.assessment.application.PositioningViews.TutorialLink;

class CheckpointViewTest {
  private static final String PASSWORDS =
      "https://www.cybermalveillance.gouv.fr/tous-nos-contenus/bonnes-pratiques/mots-de-passe";

  @Test
  @DisplayName(
      "A tutorial two missed skills recommend is offered once, in the order of the answers")
  void eachTutorialOnce() {
    TutorialLink level1 =
        new TutorialLink("@motdepasse1", "Bien gérer ses mots de passe", PASSWORDS, "page", 10);
    TutorialLink cnil =
        new TutorialLink(
            "@motdepasse2",
            "Générer un mot de passe solide (CNIL)",
            "https://www.cnil.fr/",
            "page",
            5);
    TutorialLink level5 =
        new TutorialLink("@motdepasse5", "Bien gérer ses mots de passe", PASSWORDS, "page", 10);
    List<AnswerSummary> answers =
        List.of(
            new AnswerSummary(1, "c1", "ko", List.of(level1)),
            new AnswerSummary(2, "c2", "ok", List.of()),
            new AnswerSummary(3, "c3", "aband", List.of(cnil)),
            new AnswerSummary(4, "c4", "ko", List.of(level5)));

    List<TutorialLink> offered = CheckpointView.distinctByUrl(answers);

    assertThat(offered).containsExactly(level1, cnil);
  }
}
