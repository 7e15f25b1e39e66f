package org.opencrcn.tutorial.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import org.opencrcn.referential.application.TutorialCatalog.CompetenceName;
import org.opencrcn.referential.application.TutorialCatalog.Tutorial;
import org.opencrcn.tutorial.domain.SavedTutorial;
import org.opencrcn.tutorial.domain.TutorialDetails;

/**
 * A tutorial of "Mes tutos"; the competence is null when the catalogue no longer knows its skill.
 */
public record SavedTutorialView(
    long id,
    String title,
    String url,
    String format,
    int durationMinutes,
    String competenceCode,
    String competenceTitle,
    Instant savedAt)
    implements Serializable {

  /**
   * Shows the content's current details when it still has the tutorial, the saved copy otherwise.
   */
  static SavedTutorialView of(
      SavedTutorial saved, Optional<Tutorial> current, CompetenceName competence) {
    TutorialDetails details =
        current
            .map(t -> new TutorialDetails(t.title(), t.format(), t.durationMinutes()))
            .orElse(saved.details());
    return new SavedTutorialView(
        saved.id(),
        details.title(),
        saved.url(),
        details.format(),
        details.durationMinutes(),
        competence == null ? null : competence.code(),
        competence == null ? null : competence.title(),
        saved.savedAt());
  }
}
