package org.opencrcn.tutorial.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.referential.application.TutorialCatalog.CompetenceName;
import org.opencrcn.referential.application.TutorialCatalog.Tutorial;
import org.opencrcn.tutorial.domain.SavedTutorial;
import org.opencrcn.tutorial.domain.TutorialDetails;

class SavedTutorialViewTest {
  private static final String URL = "https://www.cnil.fr/fr/generer-un-mot-de-passe-solide";
  private static final Instant SAVED_AT = Instant.parse("2026-11-20T09:30:00Z");

  /** As the database gives it back: with its id. */
  private static SavedTutorial saved(TutorialDetails details) {
    return new SavedTutorial(3L, URL, "@motdepasse2", details, SAVED_AT) {
      @Override
      public Long id() {
        return 41L;
      }
    };
  }

  @Test
  @DisplayName("A tutorial the content still has shows its current title, format and duration")
  void currentDetailsWin() {
    SavedTutorial saved = saved(new TutorialDetails("Mot de passe (ancien titre)", "page", 5));
    Tutorial current =
        new Tutorial("@motdepasse2", "Générer un mot de passe solide (CNIL)", URL, "video", 7);

    SavedTutorialView view =
        SavedTutorialView.of(
            saved,
            Optional.of(current),
            new CompetenceName("4.1", "Sécuriser l'environnement numérique"));

    assertThat(view.id()).isEqualTo(41L);
    assertThat(view.title()).isEqualTo("Générer un mot de passe solide (CNIL)");
    assertThat(view.format()).isEqualTo("video");
    assertThat(view.durationMinutes()).isEqualTo(7);
    assertThat(view.competenceCode()).isEqualTo("4.1");
    assertThat(view.competenceTitle()).isEqualTo("Sécuriser l'environnement numérique");
    assertThat(view.savedAt()).isEqualTo(SAVED_AT);
  }

  @Test
  @DisplayName("A tutorial a new content version dropped stays listed as it was saved")
  void droppedTutorialKeepsItsCopy() {
    SavedTutorial saved = saved(new TutorialDetails("Mot de passe", "page", 5));

    SavedTutorialView view = SavedTutorialView.of(saved, Optional.empty(), null);

    assertThat(view.title()).isEqualTo("Mot de passe");
    assertThat(view.url()).isEqualTo(URL);
    assertThat(view.format()).isEqualTo("page");
    assertThat(view.durationMinutes()).isEqualTo(5);
    assertThat(view.competenceCode()).isNull();
  }

  @Test
  @DisplayName("A saved tutorial belongs to the learner who saved it only")
  void ownership() {
    SavedTutorial saved = saved(new TutorialDetails("Mot de passe", "page", 5));

    assertThat(saved.belongsTo(3L)).isTrue();
    assertThat(saved.belongsTo(4L)).isFalse();
  }
}
