package org.opencrcn.web.orga;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.opencrcn.campaign.application.CampaignResults;
import org.opencrcn.campaign.application.CampaignResults.ParticipantResults;
import org.opencrcn.web.shared.LanguageSelection;
import org.opencrcn.web.shared.MissingParameters;

/** One participant of a campaign: their line and their shared results per competence. */
@Named
@RequestScoped
public class CampaignParticipantView {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Paris"));

  @Inject private CampaignResults results;
  @Inject private LanguageSelection language;

  private Long organizationId;
  private Long campaignId;
  private Long participationId;
  private ParticipantResults participant;

  public void load() {
    if (MissingParameters.answeredNotFound(organizationId, campaignId, participationId)) {
      return;
    }
    participant =
        results.participant(organizationId, campaignId, participationId, language.getLocale());
  }

  public String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }

  public ParticipantResults getParticipant() {
    return participant;
  }

  public Long getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(Long organizationId) {
    this.organizationId = organizationId;
  }

  public Long getCampaignId() {
    return campaignId;
  }

  public void setCampaignId(Long campaignId) {
    this.campaignId = campaignId;
  }

  public Long getParticipationId() {
    return participationId;
  }

  public void setParticipationId(Long participationId) {
    this.participationId = participationId;
  }
}
