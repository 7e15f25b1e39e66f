package org.opencrcn.reliability;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One learner's browser: its own cookies (the application's session, Keycloak's), redirects
 * followed one by one so that the caller sees the response an answer got before the next page is
 * asked for. Every simulated browser shares one HTTP client (connections), never cookies.
 */
public final class Browser {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private static final int MAX_REDIRECTS = 20;
  private static final java.util.concurrent.atomic.AtomicLong REQUESTS =
      new java.util.concurrent.atomic.AtomicLong();
  private static final java.util.concurrent.atomic.AtomicLong FAILED =
      new java.util.concurrent.atomic.AtomicLong();
  private static final java.util.concurrent.atomic.AtomicLong SIGN_INS =
      new java.util.concurrent.atomic.AtomicLong();

  private final Map<String, HttpCookie> cookies = new ConcurrentHashMap<>();
  private final Duration timeout;

  /** A response as received, before any redirect is followed. */
  public record Response(int status, URI uri, Optional<URI> location, String body) {
    public boolean redirect() {
      return status >= 300 && status < 400 && location.isPresent();
    }
  }

  public Browser(Duration timeout) {
    this.timeout = timeout;
  }

  /** Opens the address and follows every redirect. */
  public HtmlPage open(URI address) throws IOException {
    return follow(send(HttpRequest.newBuilder(address).GET()));
  }

  /** Posts the fields as a form does, and returns the response itself (redirects not followed). */
  public Response submit(URI action, Map<String, String> fields) throws IOException {
    String body =
        fields.entrySet().stream()
            .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(action)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Follows the response's redirects (as GETs) to the page they end on. */
  public HtmlPage follow(Response response) throws IOException {
    Response current = response;
    for (int hops = 0; current.redirect(); hops++) {
      if (hops == MAX_REDIRECTS) {
        throw new IOException("More than " + MAX_REDIRECTS + " redirects from " + response.uri());
      }
      current = send(HttpRequest.newBuilder(current.location().orElseThrow()).GET());
    }
    return new HtmlPage(current.status(), current.uri(), current.body());
  }

  /** How many requests every browser sent so far. */
  public static long requests() {
    return REQUESTS.get();
  }

  /** How many requests failed: no response (connection refused or cut) or a 5xx status. */
  public static long failed() {
    return FAILED.get();
  }

  /**
   * How many times a browser was sent to Keycloak's authorization endpoint (a sign-in, silent or
   * not: the application had no session for it).
   */
  public static long signIns() {
    return SIGN_INS.get();
  }

  private Response send(HttpRequest.Builder request) throws IOException {
    REQUESTS.incrementAndGet();
    URI uri = request.build().uri();
    if (uri.getPath() != null && uri.getPath().endsWith("/protocol/openid-connect/auth")) {
      SIGN_INS.incrementAndGet();
    }
    cookieHeader(uri).ifPresent(header -> request.header("Cookie", header));
    try {
      HttpResponse<String> response =
          HTTP.send(
              request.header("Accept-Language", "fr-FR,fr;q=0.9").timeout(timeout).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() >= 500) {
        FAILED.incrementAndGet();
        reportFailure(request.build(), Integer.toString(response.statusCode()));
      }
      remember(uri, response.headers().allValues("set-cookie"));
      Optional<URI> location = response.headers().firstValue("location").map(uri::resolve);
      return new Response(response.statusCode(), uri, location, response.body());
    } catch (IOException e) {
      FAILED.incrementAndGet();
      reportFailure(request.build(), e.getClass().getSimpleName());
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted", e);
    }
  }

  /**
   * One line per failed request on standard error (the scripts keep it in their driver log, off the
   * console): when, what came back, and which node the session's route named, so that a failure
   * count can be split between a node's stop, its start and the rest.
   */
  private void reportFailure(HttpRequest request, String outcome) {
    String route =
        cookies.values().stream()
            .filter(cookie -> cookie.getName().equals("JSESSIONID"))
            .map(HttpCookie::getValue)
            .filter(value -> value.contains("."))
            .map(value -> value.substring(value.lastIndexOf('.') + 1))
            .findFirst()
            .orElse("-");
    System.err.printf(
        "failed-request %s %s %s %s route=%s%n",
        java.time.LocalTime.now().withNano(0),
        outcome,
        request.method(),
        request.uri().getPath(),
        route);
  }

  /**
   * Cookies by name and path, whatever the port (as browsers do on one host). Not CookieManager:
   * Keycloak marks its cookies Secure on localhost, a secure context for browsers, and
   * CookieManager would never send them back over http.
   */
  private Optional<String> cookieHeader(URI uri) {
    String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
    String header =
        cookies.values().stream()
            .filter(cookie -> !cookie.hasExpired() && path.startsWith(cookie.getPath()))
            .map(cookie -> cookie.getName() + "=" + cookie.getValue())
            .collect(Collectors.joining("; "));
    return header.isEmpty() ? Optional.empty() : Optional.of(header);
  }

  private void remember(URI uri, List<String> setCookies) {
    for (String value : setCookies) {
      for (HttpCookie cookie : HttpCookie.parse(value)) {
        if (cookie.getPath() == null) {
          String path = uri.getPath() == null ? "/" : uri.getPath();
          cookie.setPath(path.substring(0, path.lastIndexOf('/') + 1));
        }
        String key = cookie.getName() + " " + cookie.getPath();
        if (cookie.hasExpired()) {
          cookies.remove(key);
        } else {
          cookies.put(key, cookie);
        }
      }
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
