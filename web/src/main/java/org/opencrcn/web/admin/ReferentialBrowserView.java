package org.opencrcn.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opencrcn.referential.application.CatalogViews.CompetenceNode;
import org.opencrcn.referential.application.ContentCatalog;
import org.opencrcn.web.shared.LanguageSelection;

/** Browsing the imported content: competence → tube → skill → challenges. */
@Named
@RequestScoped
public class ReferentialBrowserView {
  @Inject private ContentCatalog catalog;
  @Inject private LanguageSelection language;
  private List<CompetenceNode> competences;

  public void load() {
    competences = catalog.tree(language.getLocale());
  }

  public List<CompetenceNode> getCompetences() {
    return competences;
  }
}
