package org.opencrcn.web.ent;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Where Keycloak sends the person after the sign-out that starts an attachment,
 * {@code /ent/rattacher/<secret>}: protected, so they sign in (with their existing account's
 * password) first; the OIDC client brings them back to this path (it drops a query string, hence the
 * secret in the path) and this sends them to the confirmation page.
 */
@WebServlet("/ent/rattacher/*")
public class AttachLinkServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,100}");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String token = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    response.sendRedirect(request.getContextPath() + "/ent/rattacher.xhtml"
        + (TOKEN.matcher(token).matches() ? "?token=" + token : ""));
  }
}
