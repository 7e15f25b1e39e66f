package org.opencrcn.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
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

  /**
   * Switches the language, then reloads the same page (with its parameters) so that everything on
   * it, data included, is read again in the new language.
   */
  public void switchTo(String language) throws IOException {
    if (SUPPORTED.contains(language)) {
      locale = Locale.of(language);
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String query = request.getQueryString();
    external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
  }
}
