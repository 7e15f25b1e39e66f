package org.opencrcn.campaign.domain.export;

import java.util.List;
import java.util.Objects;

/**
 * What every line of a campaign's export repeats, and the competences and areas that give the
 * per-competence columns. {@code targetProfile} and {@code externalIdLabel} may be {@code null} (a
 * profiles collection has no target profile; a campaign without an external id has no column for
 * it).
 */
public record CampaignExportHeader(
    String organisation,
    long campaignId,
    String code,
    String name,
    String targetProfile,
    CampaignObjective objective,
    String externalIdLabel,
    List<ExportCompetence> competences,
    List<ExportArea> areas) {

  public CampaignExportHeader {
    Objects.requireNonNull(objective, "objective");
    competences = List.copyOf(competences);
    areas = List.copyOf(areas);
  }

  boolean hasExternalId() {
    return externalIdLabel != null && !externalIdLabel.isBlank();
  }
}
