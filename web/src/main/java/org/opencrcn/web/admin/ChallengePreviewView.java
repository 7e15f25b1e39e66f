package org.opencrcn.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.opencrcn.referential.application.ChallengePreview;
import org.opencrcn.referential.application.ContentCatalog;
import org.opencrcn.web.shared.MissingParameters;

/** A challenge exactly as a learner will see it (answers disabled). */
@Named
@RequestScoped
public class ChallengePreviewView {
  @Inject private ContentCatalog catalog;
  private String id;
  private ChallengePreview challenge;

  public void load() throws IOException {
    var found = id == null ? java.util.Optional.<ChallengePreview>empty() : catalog.preview(id);
    if (found.isEmpty()) {
      MissingParameters.answerNotFound();
      return;
    }
    challenge = found.get();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ChallengePreview getChallenge() {
    return challenge;
  }
}
