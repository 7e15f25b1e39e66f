package org.opencrcn.web.shared;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Signs out of the application and of Keycloak (RP-initiated logout), so that the next visitor on a
 * shared school computer does not find the previous pupil's Keycloak session.
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    Optional<OidcIdentity> identity = OidcIdentity.of(request.getUserPrincipal());
    String home = publicBaseUrl(request) + "/";
    String target =
        identity
            .flatMap(
                id ->
                    id.endSessionEndpoint()
                        .map(
                            endpoint ->
                                endpoint
                                    + "?id_token_hint="
                                    + encode(id.idTokenString())
                                    + "&post_logout_redirect_uri="
                                    + encode(home)))
            .orElse(home);
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    response.sendRedirect(target);
  }

  private static String publicBaseUrl(HttpServletRequest request) {
    String base = request.getRequestURL().toString();
    return base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
