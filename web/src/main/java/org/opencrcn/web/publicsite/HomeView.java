package org.opencrcn.web.publicsite;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opencrcn.referential.application.AreaOverview;
import org.opencrcn.referential.application.ReferentialCatalog;
import org.opencrcn.shared.Settings;
import org.opencrcn.web.shared.LanguageSelection;

/**
 * The public home page: what OpenCRCN is, the 5 areas and 16 competences of the CRCN, and a sign-in
 * that goes straight to the school's ENT.
 */
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

  /**
   * The protected sign-in address with {@code kc_idp_hint}: elytron-oidc-client forwards that
   * parameter (like {@code ui_locales}) to Keycloak's authorization request, and Keycloak then
   * skips its own page and sends the pupil to the identity provider of that alias (the realm's
   * {@code ent}; another alias where an academy named its ENT differently).
   */
  public String getEntSignInPath() {
    return "/signin?kc_idp_hint="
        + Settings.text("opencrcn.ent.idp-alias").orElse("ent")
        + "&ui_locales="
        + language.getLanguage();
  }
}
