package org.opencrcn.web.shared;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Ends the application session and tells where to send the browser so that Keycloak ends its own
 * (RP-initiated logout; Keycloak then ends the ENT's by back-channel SAML logout): on a shared
 * school computer, the next visitor must find nobody signed in anywhere.
 */
public final class SignOut {
  private SignOut() {}

  /**
   * Signs out and returns the address to redirect to.
   *
   * @param returnPath where Keycloak sends the browser afterwards, from the context root (it must
   *     match the client's post-logout redirect URIs)
   */
  public static String signOut(HttpServletRequest request, String returnPath)
      throws ServletException {
    Optional<OidcIdentity> identity = OidcIdentity.of(request.getUserPrincipal());
    String returnUrl = publicBaseUrl(request) + returnPath;
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
                                    + encode(returnUrl)))
            .orElse(returnUrl);
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return target;
  }

  /** From a Faces action: signs out and sends the browser on, through Keycloak, to the path. */
  public static void signOutAndReturnTo(String returnPath) throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(signOut((HttpServletRequest) external.getRequest(), returnPath));
  }

  private static String publicBaseUrl(HttpServletRequest request) {
    String base = request.getRequestURL().toString();
    return base.substring(0, base.length() - request.getRequestURI().length())
        + request.getContextPath();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
