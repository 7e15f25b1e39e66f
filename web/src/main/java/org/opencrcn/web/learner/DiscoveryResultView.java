package org.opencrcn.web.learner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.opencrcn.assessment.application.Discovery;
import org.opencrcn.assessment.application.DiscoveryViews.Result;
import org.opencrcn.web.shared.LanguageSelection;

/**
 * The result of a discovery run: the score, each question right or wrong, tutorials for the missed
 * ones.
 */
@Named
@RequestScoped
public class DiscoveryResultView {
  @Inject private Discovery discovery;
  @Inject private LanguageSelection language;
  private Long runId;
  private Result result;

  public void load() throws IOException {
    result = discovery.result(runId, language.getLocale());
    if (!result.completed()) {
      // Typed or bookmarked before the end: the questions left come first.
      var external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/app/decouverte.xhtml?run=" + runId);
    }
  }

  /** Whether any question was missed, i.e. whether there are tutorials to offer. */
  public boolean isAnyMissed() {
    return result.questions().stream().anyMatch(question -> !question.right());
  }

  public Long getRunId() {
    return runId;
  }

  public void setRunId(Long runId) {
    this.runId = runId;
  }

  public Result getResult() {
    return result;
  }
}
