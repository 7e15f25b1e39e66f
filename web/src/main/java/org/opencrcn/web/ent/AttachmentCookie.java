package org.opencrcn.web.ent;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;

/**
 * The secret that ties an ENT attachment to the browser that started it. A cookie rather than the
 * HTTP session: the request signs the person out (which ends the session) so that they sign in
 * again with their password. HttpOnly, SameSite=Lax (sent when Keycloak brings the browser back),
 * limited to the ENT pages, and gone after 30 minutes, as the request.
 */
final class AttachmentCookie {
  static final String NAME = "opencrcn-attach";
  private static final int MAX_AGE_SECONDS = 30 * 60;

  private AttachmentCookie() {}

  static void keep(String secret) {
    write(secret, MAX_AGE_SECONDS);
  }

  static void forget() {
    write("", 0);
  }

  static Optional<String> read() {
    HttpServletRequest request = request();
    return Optional.ofNullable(request.getCookies()).stream()
        .flatMap(Arrays::stream)
        .filter(cookie -> NAME.equals(cookie.getName()))
        .map(Cookie::getValue)
        .filter(value -> !value.isBlank())
        .findFirst();
  }

  private static void write(String value, int maxAge) {
    HttpServletRequest request = request();
    Cookie cookie = new Cookie(NAME, value);
    // "/ent/": both the link (/ent/rattacher/<token>) and its page (/ent/rattacher.xhtml).
    cookie.setPath(request.getContextPath() + "/ent/");
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setMaxAge(maxAge);
    cookie.setAttribute("SameSite", "Lax");
    ((HttpServletResponse) external().getResponse()).addCookie(cookie);
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) external().getRequest();
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }
}
