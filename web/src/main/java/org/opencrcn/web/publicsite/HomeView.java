package org.opencrcn.web.publicsite;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opencrcn.referential.application.AreaOverview;
import org.opencrcn.referential.application.ReferentialCatalog;
import org.opencrcn.web.shared.LanguageSelection;

/** The public home page: what OpenCRCN is and the 5 areas and 16 competences of the CRCN. */
@Named
@RequestScoped
public class HomeView {
  @Inject private ReferentialCatalog catalog;
  @Inject private LanguageSelection language;
  private List<AreaOverview> areas;

  public List<AreaOverview> getAreas() {
    if (areas == null) {
      areas = catalog.overview(language.getLocale());
    }
    return areas;
  }

  public int getCompetenceCount() {
    return getAreas().stream().mapToInt(area -> area.competences().size()).sum();
  }
}
