package org.opencrcn.campaign.domain.export;

import java.time.Instant;
import java.util.List;

/** A small campaign: competences 1.1 (4 skills), 1.2 (not targeted), 2.1 (6 skills). */
final class ExportFixtures {
  static final Instant STARTED = Instant.parse("2026-07-01T08:00:00Z");
  static final Instant SHARED = Instant.parse("2026-07-01T22:30:00Z");

  private ExportFixtures() {}

  static CampaignExportHeader assessment(String externalIdLabel) {
    return new CampaignExportHeader(
        "Collège Jean Moulin",
        42,
        "ABCDEF123",
        "Rentrée",
        "Parcours 6e",
        CampaignObjective.ASSESSMENT,
        externalIdLabel,
        List.of(
            new ExportCompetence("1.1", "Mener une recherche", "1", 4),
            new ExportCompetence("1.2", "Gérer des données", "1", 0),
            new ExportCompetence("2.1", "Interagir", "2", 6)),
        List.of(
            new ExportArea("1", "Information et données"),
            new ExportArea("2", "Communication et collaboration"),
            new ExportArea("3", "Création de contenu")));
  }

  static CampaignExportHeader profiles() {
    return new CampaignExportHeader(
        "Collège Jean Moulin",
        43,
        "PROFIL456",
        "Profils",
        null,
        CampaignObjective.PROFILES_COLLECTION,
        null,
        List.of(
            new ExportCompetence("1.1", "Mener une recherche", "1", 0),
            new ExportCompetence("1.2", "Gérer des données", "1", 0),
            new ExportCompetence("2.1", "Interagir", "2", 0),
            new ExportCompetence("2.2", "Partager", "2", 0),
            new ExportCompetence("3.1", "Développer", "3", 0)),
        List.of(
            new ExportArea("1", "Information et données"),
            new ExportArea("2", "Communication et collaboration"),
            new ExportArea("3", "Création de contenu")));
  }

  static AssessmentParticipation shared(String firstName, int[] mastered) {
    return new AssessmentParticipation(
        "Martin", firstName, "6A", "E-1", 0.5, STARTED, SHARED, mastered);
  }
}
