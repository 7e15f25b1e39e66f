package org.opencrcn.web.learner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.opencrcn.assessment.application.Positioning;
import org.opencrcn.assessment.application.PositioningViews.CompetenceProgress;
import org.opencrcn.referential.application.AreaOverview;
import org.opencrcn.referential.application.ReferentialCatalog;
import org.opencrcn.web.shared.LanguageSelection;

/** The learner's dashboard: the competences to test, area by area. */
@Named
@RequestScoped
public class LearnerHomeView {
  @Inject private ReferentialCatalog catalog;
  @Inject private LanguageSelection language;
  @Inject private Positioning positioning;
  private List<AreaOverview> areas;
  private Map<String, CompetenceProgress> progress;

  /** Also called on postback (the start buttons sit in repeated rows that must exist to decode). */
  public void load() {
    if (areas == null) {
      areas = catalog.overview(language.getLocale());
      progress = positioning.progress();
    }
  }

  /** Starts (or resumes) the test on a competence. */
  public String start(String competenceCode) {
    return "/app/test.xhtml?faces-redirect=true&assessment=" + positioning.start(competenceCode);
  }

  public CompetenceProgress progressOf(String competenceCode) {
    load();
    return progress.get(competenceCode);
  }

  /** Total pix over the 16 competences, out of 1024. */
  public long getTotalPix() {
    load();
    return progress.values().stream().mapToLong(CompetenceProgress::pix).sum();
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
