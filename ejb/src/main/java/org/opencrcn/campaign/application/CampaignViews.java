package org.opencrcn.campaign.application;

import java.io.Serializable;
import java.time.Instant;
import org.opencrcn.campaign.domain.CampaignType;
import org.opencrcn.campaign.domain.ParticipationStatus;

/** What the campaign services give the screens and the exports: records, never entities. */
public final class CampaignViews {
  private CampaignViews() {}

  /**
   * A campaign as a teacher creates it.
   *
   * @param targetProfileId required for an assessment, ignored for a profiles collection
   * @param multipleSendings for a profiles collection: a learner may send their profile again
   * @param externalIdLabel the label of the identifier asked of each participant, null for none
   */
  public record CampaignForm(
      String name,
      CampaignType type,
      String targetProfileId,
      boolean multipleSendings,
      String externalIdLabel,
      String landingText)
      implements Serializable {}

  /** A line of "Mes campagnes" / "Toutes les campagnes". */
  public record CampaignOverview(
      long id,
      String name,
      String code,
      CampaignType type,
      String targetProfileName,
      long ownerId,
      String ownerName,
      Instant createdAt,
      boolean archived,
      long participants,
      long shared)
      implements Serializable {}

  /** The campaign page's header and "Détails" tab. */
  public record CampaignDetails(
      long id,
      long organizationId,
      String organizationName,
      String name,
      String code,
      CampaignType type,
      String targetProfileId,
      String targetProfileName,
      boolean multipleSendings,
      String externalIdLabel,
      String landingText,
      String ownerName,
      Instant createdAt,
      Instant archivedAt,
      String link,
      long participants,
      long shared)
      implements Serializable {
    public boolean archived() {
      return archivedAt != null;
    }
  }

  /** A line of the "Participants" tab (and of the exports). */
  public record ParticipantRow(
      long participationId,
      String firstName,
      String lastName,
      String division,
      String externalId,
      ParticipationStatus status,
      int progressPercent,
      Integer masteryPercent,
      Integer totalPix,
      Instant startedAt,
      Instant sharedAt)
      implements Serializable {
    public boolean shared() {
      return status == ParticipationStatus.SHARED;
    }
  }

  /** Mastery of a competence (or an area): targeted and validated skills, averaged or one's. */
  public record CompetenceResult(
      String code,
      String title,
      String areaCode,
      double averageValidated,
      int targeted,
      int masteryPercent)
      implements Serializable {}

  /** A tube of the analysis, with its recommendation score (the higher, the more to reinforce). */
  public record TubeRecommendation(
      String tubeName,
      String title,
      String competenceCode,
      String competenceTitle,
      int maxLevel,
      double averageReachedLevel,
      double score)
      implements Serializable {}
}
