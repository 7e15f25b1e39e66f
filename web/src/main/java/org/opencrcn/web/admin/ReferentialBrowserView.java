package org.opencrcn.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opencrcn.referential.application.AreaOverview;
import org.opencrcn.referential.application.CatalogViews.CompetenceNode;
import org.opencrcn.referential.application.ContentCatalog;
import org.opencrcn.referential.application.ReferentialCatalog;
import org.opencrcn.web.shared.LanguageSelection;

/** Browsing the imported content: area → competence → tube → skill → challenges. */
@Named
@RequestScoped
public class ReferentialBrowserView {
  @Inject private ContentCatalog catalog;
  @Inject private ReferentialCatalog frame;
  @Inject private LanguageSelection language;
  private List<CompetenceNode> competences;
  private List<AreaOverview> areas;

  public void load() {
    competences = catalog.tree(language.getLocale());
    areas = frame.overview(language.getLocale());
  }

  public List<AreaOverview> getAreas() {
    return areas;
  }

  /** The competences of an area ("2" holds 2.1 to 2.4). */
  public List<CompetenceNode> competencesOf(String areaCode) {
    return competences.stream().filter(c -> c.code().startsWith(areaCode + ".")).toList();
  }
}
