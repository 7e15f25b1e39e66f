package org.opencrcn.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the screens. French first, whatever the browser says (the users are French
 * schools); English when the person asks for it.
 */
@Named
@SessionScoped
public class LanguageSelection implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final List<String> SUPPORTED = List.of("fr", "en");

  private Locale locale = Locale.FRENCH;

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  /** Switches the language and stays on the same page. */
  public void switchTo(String language) {
    if (SUPPORTED.contains(language)) {
      locale = Locale.of(language);
      FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
  }
}
