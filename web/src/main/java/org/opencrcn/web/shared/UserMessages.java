package org.opencrcn.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;

/**
 * A translated message for the page, from the screens' bundle, kept across the redirect that
 * follows a successful POST (PRG).
 */
@ApplicationScoped
public class UserMessages {

  public void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, key, arguments);
  }

  public void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  /**
   * An error for the page being rendered again (no redirect follows): not kept for the next
   * request, where it would show a second time.
   */
  public void errorOnThisPage(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, key, arguments);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
  }

  private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    String text =
        arguments.length == 0
            ? pattern
            : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    faces.addMessage(null, new FacesMessage(severity, text, text));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
