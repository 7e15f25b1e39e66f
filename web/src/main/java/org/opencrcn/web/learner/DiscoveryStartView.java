package org.opencrcn.web.learner;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.opencrcn.assessment.application.Discovery;
import org.opencrcn.assessment.application.DiscoveryViews.TestOverview;
import org.opencrcn.web.shared.LanguageSelection;
import org.opencrcn.web.shared.MissingParameters;

/**
 * The start page of a discovery test: what it tests, that it leaves the competence profile as it
 * is, and the button that starts (or resumes) the learner's run.
 */
@Named
@ViewScoped
public class DiscoveryStartView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Discovery discovery;
  @Inject private LanguageSelection language;

  private String testId;
  private TestOverview overview;

  public void load() throws IOException {
    if (overview != null) {
      return;
    }
    var offered = discovery.test(testId, language.getLocale());
    if (offered.isEmpty()) {
      MissingParameters.answerNotFound();
      return;
    }
    overview = offered.get();
  }

  public String start() {
    return "/app/decouverte.xhtml?faces-redirect=true&run=" + discovery.start(overview.test().id());
  }

  public String getTestId() {
    return testId;
  }

  public void setTestId(String testId) {
    this.testId = testId;
  }

  public TestOverview getOverview() {
    return overview;
  }
}
