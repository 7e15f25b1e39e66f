package org.opencrcn.web.learner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opencrcn.referential.application.AreaOverview;
import org.opencrcn.referential.application.ReferentialCatalog;
import org.opencrcn.web.shared.LanguageSelection;

/** The learner's dashboard: the competences to test, area by area. */
@Named
@RequestScoped
public class LearnerHomeView {
  @Inject private ReferentialCatalog catalog;
  @Inject private LanguageSelection language;
  private List<AreaOverview> areas;

  public void load() {
    areas = catalog.overview(language.getLocale());
  }

  public List<AreaOverview> getAreas() {
    return areas;
  }

  public int getCompetenceCount() {
    return areas.stream().mapToInt(area -> area.competences().size()).sum();
  }
}
