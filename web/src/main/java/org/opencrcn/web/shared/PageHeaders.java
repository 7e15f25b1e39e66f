package org.opencrcn.web.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The protective headers that depend on the request, apart from the Content-Security-Policy (set by
 * PrimeFaces with a fresh nonce on each page, {@code primefaces.CSP} in web.xml) and the headers
 * every response carries whatever it is (undertow-handlers.conf: nosniff, frame options, referrer
 * and permissions policies).
 *
 * <ul>
 *   <li>{@code Strict-Transport-Security} when the request came over TLS: a browser that once
 *       reached the platform over HTTPS never tries plain HTTP again for a year. Over plain HTTP
 *       browsers ignore it, so it is not sent.
 *   <li>{@code Cache-Control: no-store} on every page, public pages too (they show the signed-in
 *       person's name): after signing out, Back must not show a pupil list from the browser's
 *       cache. Scripts and stylesheets (Faces resources, versioned) keep their caching.
 * </ul>
 */
public final class PageHeaders {
  static final String HSTS = "max-age=31536000";
  static final String NO_STORE = "no-store";
  private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

  private PageHeaders() {}

  /**
   * @param secure the request came over TLS (directly, or through a proxy WildFly trusts)
   * @param path the request's path inside the application
   * @param errorPage the response is an error page (whatever the address asked)
   */
  public static Map<String, String> of(boolean secure, String path, boolean errorPage) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (secure) {
      headers.put("Strict-Transport-Security", HSTS);
    }
    if (errorPage || isPage(path)) {
      headers.put("Cache-Control", NO_STORE);
      headers.put("Pragma", "no-cache");
      headers.put("Expires", "0");
    }
    return headers;
  }

  private static boolean isPage(String path) {
    return !path.startsWith(FACES_RESOURCES) && (path.endsWith(".xhtml") || path.endsWith("/"));
  }
}
