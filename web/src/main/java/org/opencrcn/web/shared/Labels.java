package org.opencrcn.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;

/**
 * Bundle messages with a parameter where Faces has no tag to format them: in attributes such as an
 * aria-label naming the tutorial a button acts on.
 */
@Named
@RequestScoped
public class Labels {

  public String format(String key, Object argument) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    return new MessageFormat(pattern, faces.getViewRoot().getLocale())
        .format(new Object[] {argument});
  }

  /** A message with two parameters (e.g. a line number and the value found on it). */
  public String format2(String key, Object first, Object second) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    return new MessageFormat(pattern, faces.getViewRoot().getLocale())
        .format(new Object[] {first, second});
  }
}
