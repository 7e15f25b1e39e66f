package org.opencrcn.web.learner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opencrcn.assessment.application.Discovery;
import org.opencrcn.assessment.application.DiscoveryViews.TestOverview;
import org.opencrcn.web.shared.LanguageSelection;

/** The dashboard's list of discovery tests, each with a link to its start page. */
@Named
@RequestScoped
public class DiscoveryTestsView {
  @Inject private Discovery discovery;
  @Inject private LanguageSelection language;
  private List<TestOverview> tests;

  public List<TestOverview> getTests() {
    if (tests == null) {
      tests = discovery.tests(language.getLocale());
    }
    return tests;
  }
}
