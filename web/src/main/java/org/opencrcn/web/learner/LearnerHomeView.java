package org.opencrcn.web.learner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.opencrcn.assessment.application.NotYetAvailableException;
import org.opencrcn.assessment.application.Positioning;
import org.opencrcn.assessment.domain.scoring.Scorecard;
import org.opencrcn.campaign.application.LearnerViews.MyCampaign;
import org.opencrcn.campaign.application.Participations;
import org.opencrcn.identity.domain.EntProfile;
import org.opencrcn.organization.application.ent.EntArrival;
import org.opencrcn.organization.application.ent.EntWelcome;
import org.opencrcn.referential.application.AreaOverview;
import org.opencrcn.referential.application.ReferentialCatalog;
import org.opencrcn.web.shared.LanguageSelection;
import org.opencrcn.web.shared.UserMessages;

/** The learner's dashboard: the competences to test, area by area, with what each allows now. */
@Named
@RequestScoped
public class LearnerHomeView {
  @Inject private ReferentialCatalog catalog;
  @Inject private LanguageSelection language;
  @Inject private Positioning positioning;
  @Inject private UserMessages messages;
  @Inject private EntArrival entArrival;
  @Inject private Participations participations;
  private List<MyCampaign> myCampaigns;
  private List<AreaOverview> areas;
  private Map<String, Scorecard> scorecards;
  private boolean pupilRecordToLink;

  /** Also called on postback (the start buttons sit in repeated rows that must exist to decode). */
  public void load() {
    if (areas == null) {
      areas = catalog.overview(language.getLocale());
      scorecards = positioning.scorecards();
      pupilRecordToLink = pupilRecordToLink(entArrival.welcome());
      myCampaigns = participations.myCampaigns();
    }
  }

  /**
   * An ENT pupil not yet linked to their record in a school the platform knows (they went on
   * without it at their first sign-in, or their school imported its pupils since) is shown the way
   * back.
   */
  private static boolean pupilRecordToLink(EntWelcome welcome) {
    return welcome.schools().stream()
        .anyMatch(school -> school.has(EntProfile.PUPIL) && !school.pupilRecordLinked());
  }

  /** "Mes parcours": the campaigns the learner joined, newest first. */
  public List<MyCampaign> getMyCampaigns() {
    return myCampaigns;
  }

  public boolean isPupilRecordToLink() {
    return pupilRecordToLink;
  }

  /** Starts (or resumes) the test on a competence. */
  public String start(String competenceCode) {
    return "/app/test.xhtml?faces-redirect=true&assessment="
        + positioning.start(competenceCode, language.getLanguage());
  }

  /** A new test on a completed competence, keeping what was validated. */
  public String improve(String competenceCode) {
    try {
      return "/app/test.xhtml?faces-redirect=true&assessment="
          + positioning.improve(competenceCode, language.getLanguage());
    } catch (NotYetAvailableException refused) {
      messages.error("scorecard.refused." + refused.action(), refused.daysLeft());
      return null;
    }
  }

  public Scorecard scorecardOf(String competenceCode) {
    load();
    Scorecard scorecard = scorecards.get(competenceCode);
    return scorecard != null ? scorecard : Scorecard.notStarted(competenceCode);
  }

  /** Total pix over the 16 competences, out of 1024. */
  public long getTotalPix() {
    load();
    return scorecards.values().stream().mapToLong(Scorecard::pix).sum();
  }

  public List<AreaOverview> getAreas() {
    load();
    return areas;
  }

  public int getCompetenceCount() {
    load();
    return areas.stream().mapToInt(area -> area.competences().size()).sum();
  }
}
