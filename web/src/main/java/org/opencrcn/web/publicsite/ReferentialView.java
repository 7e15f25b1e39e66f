package org.opencrcn.web.publicsite;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;
import org.opencrcn.referential.application.AreaOverview;
import org.opencrcn.referential.application.PublicReferential;
import org.opencrcn.referential.application.PublicReferential.ProfileView;
import org.opencrcn.referential.application.ReferentialCatalog;
import org.opencrcn.web.shared.LanguageSelection;

/** The public referential pages: the mastery grid and the target profiles' topics. */
@Named
@RequestScoped
public class ReferentialView {
  @Inject private ReferentialCatalog catalog;
  @Inject private PublicReferential referential;
  @Inject private LanguageSelection language;
  private List<AreaOverview> areas;
  private List<ProfileView> profiles;

  public List<AreaOverview> getAreas() {
    if (areas == null) {
      areas = catalog.overview(language.getLocale());
    }
    return areas;
  }

  public List<ProfileView> getProfiles() {
    if (profiles == null) {
      profiles = referential.targetProfiles();
    }
    return profiles;
  }

  /** The 8 levels, as the mastery grid lists them. */
  public List<Integer> getLevels() {
    return IntStream.rangeClosed(1, 8).boxed().toList();
  }
}
