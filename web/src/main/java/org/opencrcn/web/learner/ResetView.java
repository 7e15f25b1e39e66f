package org.opencrcn.web.learner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opencrcn.assessment.application.NotYetAvailableException;
import org.opencrcn.assessment.application.Positioning;
import org.opencrcn.assessment.domain.scoring.Scorecard;
import org.opencrcn.referential.application.ReferentialCatalog;
import org.opencrcn.web.shared.LanguageSelection;
import org.opencrcn.web.shared.UserMessages;

/** Confirming the reset of a competence: what will be lost is said before anything is done. */
@Named
@RequestScoped
public class ResetView {
  @Inject private Positioning positioning;
  @Inject private ReferentialCatalog catalog;
  @Inject private LanguageSelection language;
  @Inject private UserMessages messages;
  private String competenceCode;
  private Scorecard scorecard;
  private String competenceTitle;

  /** Also on postback: the confirmation needs the competence it was shown for. */
  public void load() {
    if (scorecard == null && competenceCode != null) {
      scorecard =
          positioning
              .scorecards()
              .getOrDefault(competenceCode, Scorecard.notStarted(competenceCode));
      competenceTitle = catalog.competenceTitle(competenceCode, language.getLocale());
    }
  }

  public String confirm() {
    try {
      positioning.reset(competenceCode);
      return "/app/index.xhtml?faces-redirect=true";
    } catch (NotYetAvailableException refused) {
      messages.error("scorecard.refused." + refused.action(), refused.daysLeft());
      return "/app/index.xhtml?faces-redirect=true";
    }
  }

  public String getCompetenceCode() {
    return competenceCode;
  }

  public void setCompetenceCode(String competenceCode) {
    this.competenceCode = competenceCode;
  }

  public Scorecard getScorecard() {
    load();
    return scorecard;
  }

  public String getCompetenceTitle() {
    load();
    return competenceTitle;
  }
}
