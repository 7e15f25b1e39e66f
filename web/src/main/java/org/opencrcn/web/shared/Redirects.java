package org.opencrcn.web.shared;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * Sends the browser to a page of the application (after an answer: a refresh never posts twice).
 */
public final class Redirects {
  private Redirects() {}

  /**
   * @param path from the context root, e.g. {@code /app/test.xhtml?assessment=1}
   */
  public static void to(String path) throws IOException {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + path);
  }
}
