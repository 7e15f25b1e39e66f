package org.opencrcn.web.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import org.opencrcn.assessment.application.NotYetAvailableException;

/** The translated message of an improve or reset asked for too early, kept across the redirect that follows. */
@ApplicationScoped
public class ScorecardMessages {

  public void refused(NotYetAvailableException refused) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString("scorecard.refused." + refused.action());
    String message = new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(new Object[] {refused.daysLeft()});
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
