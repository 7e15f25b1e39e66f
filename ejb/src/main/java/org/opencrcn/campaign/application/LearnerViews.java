package org.opencrcn.campaign.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.opencrcn.campaign.application.CampaignViews.CompetenceResult;
import org.opencrcn.campaign.domain.CampaignType;
import org.opencrcn.campaign.domain.ParticipationStatus;

/** What the learner's campaign screens show: records, never entities. */
public final class LearnerViews {
  private LearnerViews() {}

  /**
   * The landing page of a campaign reached with its code.
   *
   * @param sco the organisation is a school: the learner must be linked to their pupil record
   * @param linked the learner already is (no reconciliation form)
   * @param participationId the learner's participation, null if they have not joined yet
   */
  public record Landing(
      long campaignId,
      String code,
      String name,
      String organizationName,
      CampaignType type,
      String landingText,
      String externalIdLabel,
      boolean sco,
      boolean linked,
      Long participationId)
      implements Serializable {}

  /** What a SCO learner not linked yet types to find their pupil record. */
  public record PupilIdentity(String firstName, String lastName, LocalDate birthdate)
      implements Serializable {}

  /** A competence of the learner's campaign: whether its test is done, and their results on it. */
  public record CompetenceStep(String code, String title, boolean done, CompetenceResult result)
      implements Serializable {}

  /** The learner's participation page. */
  public record MyParticipation(
      long id,
      String campaignName,
      String organizationName,
      CampaignType type,
      ParticipationStatus status,
      boolean mayShareAgain,
      int progressPercent,
      int masteryPercent,
      List<CompetenceStep> competences,
      Instant sharedAt)
      implements Serializable {}

  /** A line of "Mes parcours" on the learner's dashboard. */
  public record MyCampaign(
      long participationId,
      String campaignName,
      String code,
      String organizationName,
      ParticipationStatus status,
      int progressPercent,
      Instant startedAt)
      implements Serializable {}
}
