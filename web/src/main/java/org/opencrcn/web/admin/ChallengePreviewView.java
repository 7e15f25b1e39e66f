package org.opencrcn.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.opencrcn.referential.application.ChallengePreview;
import org.opencrcn.referential.application.ContentCatalog;

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
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
      FacesContext.getCurrentInstance().responseComplete();
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
