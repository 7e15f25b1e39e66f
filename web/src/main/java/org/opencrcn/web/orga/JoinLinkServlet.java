package org.opencrcn.web.orga;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Target of the mailed links, {@code /rejoindre/activation/<token>} and
 * {@code /rejoindre/invitation/<token>}: protected, so the visitor signs in first; WildFly's OIDC
 * client then brings them back to this path (it drops a query string, hence the token in the path),
 * and this sends them on to the confirmation page with the token as its parameter.
 */
@WebServlet({"/rejoindre/activation/*", "/rejoindre/invitation/*"})
public class JoinLinkServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,100}");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.sendRedirect(request.getContextPath() + confirmationPage(request.getServletPath(), request.getPathInfo()));
  }

  /** The confirmation page for the link; without a well-formed token, the page says the link is not valid. */
  static String confirmationPage(String servletPath, String pathInfo) {
    String token = pathInfo == null ? "" : pathInfo.substring(1);
    return servletPath + ".xhtml" + (TOKEN.matcher(token).matches() ? "?token=" + token : "");
  }
}
