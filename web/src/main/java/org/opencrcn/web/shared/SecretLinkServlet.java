package org.opencrcn.web.shared;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Target of the links that carry a secret: the mailed {@code /rejoindre/activation/<token>} and
 * {@code /rejoindre/invitation/<token>} and {@code /rejoindre/centre/<token>} (a certification
 * centre's invitation), and {@code /ent/rattacher/<token>}, where Keycloak sends a person back
 * after the sign-out that starts attaching their ENT identity. All are protected, so the visitor
 * signs in first; WildFly's OIDC client then brings them back to this path (it drops a query
 * string, hence the token in the path), and this sends them on to the confirmation page ({@code
 * <path>.xhtml}) with the token as its parameter.
 */
@WebServlet({
  "/rejoindre/activation/*",
  "/rejoindre/invitation/*",
  "/rejoindre/centre/*",
  "/ent/rattacher/*"
})
public class SecretLinkServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,100}");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(
        request.getContextPath()
            + confirmationPage(request.getServletPath(), request.getPathInfo()));
  }

  /**
   * The confirmation page for the link; without a well-formed token, the page says the link is not
   * valid.
   */
  static String confirmationPage(String servletPath, String pathInfo) {
    String token = pathInfo == null ? "" : pathInfo.substring(1);
    return servletPath + ".xhtml" + (TOKEN.matcher(token).matches() ? "?token=" + token : "");
  }
}
