package org.opencrcn.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import org.opencrcn.organization.domain.Problem;

/**
 * Refusals of organisations and directory files in the reader's language, and Faces messages kept
 * across redirects.
 */
@ApplicationScoped
public class ProblemMessages {

  /**
   * The message of a refusal with its detail ({@code organization.refusal.NAME}, a MessageFormat
   * pattern).
   */
  public String text(Problem problem) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String pattern =
        faces
            .getApplication()
            .getResourceBundle(faces, "msg")
            .getString("organization.refusal." + problem.refusal());
    return new MessageFormat(pattern, faces.getViewRoot().getLocale())
        .format(new Object[] {problem.detail()});
  }

  /** A message of the bundle, shown on the next page too (after a redirect). */
  public void flash(FacesMessage.Severity severity, String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    faces.addMessage(null, new FacesMessage(severity, text, text));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  public void add(String clientId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }
}
