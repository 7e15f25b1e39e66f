package org.opencrcn.web.learner;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.opencrcn.campaign.application.CampaignRefusedException;
import org.opencrcn.campaign.application.LearnerViews.MyParticipation;
import org.opencrcn.campaign.application.Participations;
import org.opencrcn.campaign.domain.ParticipationStatus;
import org.opencrcn.web.shared.LanguageSelection;
import org.opencrcn.web.shared.MissingParameters;
import org.opencrcn.web.shared.UserMessages;

/**
 * The learner's participation: the competences of the campaign with their tests (played on the
 * usual question pages), the results once done, and "J'envoie mes résultats".
 */
@Named
@ViewScoped
public class ParticipationView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

  @Inject private Participations participations;
  @Inject private LanguageSelection language;
  @Inject private UserMessages messages;

  private Long participationId;
  private MyParticipation participation;

  /**
   * Loaded once per view: on postback the repeated rows (and their buttons) must exist when the
   * request is decoded, before any view action runs.
   */
  public void load() {
    if (MissingParameters.answeredNotFound(participationId)) {
      return;
    }
    if (participation == null) {
      participation = participations.mine(participationId, language.getLocale());
    }
  }

  public String play(String competenceCode) {
    try {
      return "/app/test.xhtml?faces-redirect=true&assessment="
          + participations.test(participationId, competenceCode, language.getLanguage());
    } catch (CampaignRefusedException refused) {
      messages.error("campaign.refused." + refused.reason());
      return self();
    }
  }

  public String share() {
    try {
      participations.share(participationId);
      messages.info("participation.sharedNow");
    } catch (CampaignRefusedException refused) {
      messages.error("campaign.refused." + refused.reason());
    }
    return self();
  }

  private String self() {
    return "/app/participation?faces-redirect=true&participation=" + participationId;
  }

  public boolean isShareable() {
    return participation.status() == ParticipationStatus.TO_SHARE
        || (participation.status() == ParticipationStatus.SHARED && participation.mayShareAgain());
  }

  public String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }

  public MyParticipation getParticipation() {
    return participation;
  }

  public Long getParticipationId() {
    return participationId;
  }

  public void setParticipationId(Long participationId) {
    this.participationId = participationId;
  }
}
