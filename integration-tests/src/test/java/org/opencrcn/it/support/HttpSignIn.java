package org.opencrcn.it.support;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A sign-in walked over plain HTTP, cookies kept, for what a browser cannot do on purpose: hold a
 * SAML response a few seconds before posting it on (Keycloak's post-binding page submits itself at
 * once in a browser).
 */
public final class HttpSignIn {
  private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");
  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"\\s*/?>");
  private static final Pattern ERROR_MESSAGE =
      Pattern.compile(
          "<div id=\"kc-error-message\">\\s*<p class=\"instruction\">(.*?)</p>", Pattern.DOTALL);
  private static final Pattern LANG = Pattern.compile("<html[^>]*\\blang=\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new LocalhostCookies())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** A page as received: status, address, HTML and response headers. */
  public record Page(int status, URI uri, String html, java.net.http.HttpHeaders headers) {
    /** The one value of that response header, empty when absent. */
    public String header(String name) {
      return headers.firstValue(name).orElse("");
    }

    public boolean hasForm(String idOrName) {
      return html.contains("id=\"" + idOrName + "\"") || html.contains("name=\"" + idOrName + "\"");
    }

    /** The text of Keycloak's error page, entities decoded. */
    public String errorMessage() {
      Matcher matcher = ERROR_MESSAGE.matcher(html);
      if (!matcher.find()) {
        throw new IllegalStateException("Not Keycloak's error page: " + uri + "\n" + html);
      }
      return decode(matcher.group(1).replaceAll("<[^>]+>", "")).strip();
    }

    public String language() {
      Matcher matcher = LANG.matcher(html);
      return matcher.find() ? matcher.group(1) : "";
    }
  }

  /** Opens the address and follows redirects and the SAML request's post-binding page. */
  public Page open(String url) {
    Page page = send(HttpRequest.newBuilder(URI.create(url)).GET());
    while (page.hasForm("saml-post-binding") && page.html().contains("name=\"SAMLRequest\"")) {
      page = submitSamlPostBinding(page);
    }
    return page;
  }

  /** Fills and sends Keycloak's login form (kc-form-login) of that page. */
  public Page signIn(Page loginPage, String username, String password) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("username", username);
    fields.put("password", password);
    return post(formAction(loginPage, "kc-form-login"), fields);
  }

  /**
   * Sends on what Keycloak's post-binding page (a SAML request or response) would submit itself.
   */
  /**
   * Holds the SAML answer of that page for a while (a browser posts it at once), then posts it on:
   * how a test makes an answer expire on its way. Not a wait for anything to happen.
   */
  public Page submitSamlPostBindingAfter(Page page, Duration hold) {
    try {
      Thread.sleep(hold.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return submitSamlPostBinding(page);
  }

  public Page submitSamlPostBinding(Page page) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(page.html());
    while (hidden.find()) {
      fields.put(hidden.group(1), decode(hidden.group(2)));
    }
    return post(formAction(page, "saml-post-binding"), fields);
  }

  /** Posts these form fields (URL-encoded) to that address, as a form without JavaScript would. */
  public Page post(String action, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Posts a multipart form (an upload) as a browser would: these fields, and each file field with
   * that file's name and content.
   */
  public Page postMultipart(
      String action, Map<String, String> fields, Map<String, String> files, byte[] content) {
    String boundary = "----opencrcn" + Long.toHexString(System.nanoTime());
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    files.forEach(
        (name, fileName) -> {
          body.writeBytes(
              ("--"
                      + boundary
                      + "\r\nContent-Disposition: form-data; name=\""
                      + name
                      + "\"; filename=\""
                      + fileName
                      + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                  .getBytes(StandardCharsets.UTF_8));
          body.writeBytes(content);
          body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(URI.create(action))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private static String formAction(Page page, String idOrName) {
    Matcher form = FORM.matcher(page.html());
    while (form.find()) {
      String tag = form.group();
      if (tag.contains("id=\"" + idOrName + "\"") || tag.contains("name=\"" + idOrName + "\"")) {
        Matcher action = ACTION.matcher(tag);
        if (action.find()) {
          return page.uri().resolve(decode(action.group(1))).toString();
        }
      }
    }
    throw new IllegalStateException(
        "No form " + idOrName + " on " + page.uri() + "\n" + page.html());
  }

  private Page send(HttpRequest.Builder request) {
    try {
      // French first, as the tests' browser (Browser: --lang=fr-FR).
      HttpResponse<String> response =
          http.send(
              request
                  .header("Accept-Language", "fr-FR,fr;q=0.9")
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return new Page(response.statusCode(), response.uri(), response.body(), response.headers());
    } catch (IOException e) {
      throw new IllegalStateException("No answer during the sign-in", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The cookies of the one host all this talks to (localhost; ports do not separate cookies). Not
   * java.net.CookieManager: Keycloak marks its cookies Secure on localhost (a secure context for
   * browsers), and CookieManager would never send them back over http.
   */
  private static final class LocalhostCookies extends CookieHandler {
    private final Map<String, HttpCookie> jar = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
      String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
      String cookies =
          jar.values().stream()
              .filter(cookie -> !cookie.hasExpired() && path.startsWith(cookie.getPath()))
              .map(cookie -> cookie.getName() + "=" + cookie.getValue())
              .collect(Collectors.joining("; "));
      return cookies.isEmpty() ? Map.of() : Map.of("Cookie", List.of(cookies));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
      responseHeaders.entrySet().stream()
          .filter(header -> "set-cookie".equalsIgnoreCase(header.getKey()))
          .flatMap(header -> header.getValue().stream())
          .flatMap(value -> HttpCookie.parse(value).stream())
          .forEach(
              cookie -> {
                if (cookie.getPath() == null) {
                  String path = uri.getPath() == null ? "/" : uri.getPath();
                  cookie.setPath(path.substring(0, path.lastIndexOf('/') + 1));
                }
                String key = cookie.getName() + " " + cookie.getPath();
                if (cookie.hasExpired()) {
                  jar.remove(key);
                } else {
                  jar.put(key, cookie);
                }
              });
    }
  }

  /** The HTML entities Keycloak's templates write (named ones and numeric ones). */
  static String decode(String html) {
    Matcher numeric = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(html);
    String text =
        numeric.replaceAll(
            entity ->
                Matcher.quoteReplacement(
                    Character.toString(
                        Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16))));
    return text.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
