package org.opencrcn.campaign.infrastructure.export;

import java.time.Instant;
import java.util.List;
import org.opencrcn.campaign.domain.export.AssessmentParticipation;
import org.opencrcn.campaign.domain.export.CampaignExportHeader;
import org.opencrcn.campaign.domain.export.CampaignObjective;
import org.opencrcn.campaign.domain.export.ExportArea;
import org.opencrcn.campaign.domain.export.ExportCompetence;

/** Two participants, one of them named as a formula, on a two-competence profile. */
final class ExportSamples {
  static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";

  /** 1 July 2026, 22:30 UTC: already 2 July in Paris (summer time, UTC+2). */
  static final Instant SHARED = Instant.parse("2026-07-01T22:30:00Z");

  static final Instant STARTED = Instant.parse("2026-01-15T07:05:00Z");

  private ExportSamples() {}

  static CampaignExportHeader header() {
    return new CampaignExportHeader(
        "Collège; \"Jean\" Moulin",
        42,
        "ABCDEF123",
        "Rentrée",
        "Parcours 6e",
        CampaignObjective.ASSESSMENT,
        "Numéro",
        List.of(
            new ExportCompetence("1.1", "Mener une recherche", "1", 4),
            new ExportCompetence("2.1", "Interagir", "2", 6)),
        List.of(new ExportArea("1", "Information"), new ExportArea("2", "Communication")));
  }

  static List<AssessmentParticipation> participations() {
    return List.of(
        new AssessmentParticipation(
            "Martin", FORMULA, "6A", "-12", 0.5, STARTED, SHARED, new int[] {3, 2}),
        new AssessmentParticipation(
            "Lefèvre", "Zoé", "6B", null, 0.25, STARTED, null, new int[] {0, 0}));
  }
}
