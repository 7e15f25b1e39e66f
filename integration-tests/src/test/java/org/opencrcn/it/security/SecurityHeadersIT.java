package org.opencrcn.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.support.Deployments;
import org.opencrcn.it.support.HttpSignIn;
import org.opencrcn.it.support.Person;
import org.opencrcn.it.support.TestData;
import org.opencrcn.it.support.Urls;
import org.opencrcn.it.support.WithKeycloak;

/**
 * The protective headers of the pages as the server sends them (docs/security.md, finding 9): a
 * public page, a signed-in page and an error page, over the test server's plain HTTP; and the
 * sign-in request the application sends Keycloak, with its PKCE challenge (finding 8).
 */
@ExtendWith({ArquillianExtension.class, WithKeycloak.class})
@RunAsClient
class SecurityHeadersIT {
  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");
  private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*>");
  private static final Pattern INLINE_HANDLER =
      Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.builtEarWithTestData();
  }

  private final TestData data = new TestData();

  @Test
  @DisplayName(
      "The application's sign-in request carries an S256 PKCE challenge, and signing in through it works")
  void signInSendsPkce() throws Exception {
    HttpResponse<Void> toKeycloak =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(Urls.app("/signin"))).build(),
                HttpResponse.BodyHandlers.discarding());
    assertThat(toKeycloak.statusCode()).isEqualTo(302);
    assertThat(toKeycloak.headers().firstValue("Location").orElse(""))
        .contains("code_challenge=")
        .contains("code_challenge_method=S256");

    Person person = data.person("Inès", "Défi");
    HttpSignIn http = new HttpSignIn();
    HttpSignIn.Page landed =
        http.signIn(http.open(Urls.app("/signin")), person.username(), person.password());
    assertThat(landed.uri().toString()).as("landed on %s", landed.uri()).startsWith(Urls.app("/"));
    assertThat(landed.status()).isEqualTo(200);
  }

  @Test
  @DisplayName("The public home page carries the policies and is not stored")
  void publicPage() {
    HttpSignIn.Page home = new HttpSignIn().open(Urls.app("/"));

    assertThat(home.status()).isEqualTo(200);
    assertProtected(home);
  }

  @Test
  @DisplayName("A signed-in page (the pupils list) carries the policies and is never stored")
  void signedInPage() {
    TestData.School school = data.school("Collège Entêtes");
    Person director = data.person("Denise", "Entêtes");
    data.administrator(school, director);
    HttpSignIn http = new HttpSignIn();
    HttpSignIn.Page login = http.open(Urls.app("/orga/eleves.xhtml?organization=" + school.id()));

    HttpSignIn.Page pupils = http.signIn(login, director.username(), director.password());

    assertThat(pupils.uri().getPath()).isEqualTo("/orga/eleves.xhtml");
    assertThat(pupils.status()).isEqualTo(200);
    assertThat(pupils.html()).contains(school.name());
    assertThat(pupils.html()).contains("<form ");
    assertProtected(pupils);
  }

  @Test
  @DisplayName("An error page (404) carries the policies and is not stored")
  void errorPage() {
    HttpSignIn.Page missing = new HttpSignIn().open(Urls.app("/no-such-page.xhtml"));

    assertThat(missing.status()).isEqualTo(404);
    assertProtected(missing);
  }

  @Test
  @DisplayName("Each page gets a nonce of its own")
  void freshNonce() {
    HttpSignIn http = new HttpSignIn();

    String first = nonce(http.open(Urls.app("/")));
    String second = nonce(http.open(Urls.app("/")));

    assertThat(first).isNotEqualTo(second);
  }

  private static void assertProtected(HttpSignIn.Page page) {
    String policy = page.header("Content-Security-Policy");
    assertThat(policy)
        .as("CSP of %s", page.uri())
        .contains("default-src 'self'")
        .contains("object-src 'none'")
        .contains("base-uri 'self'")
        .contains("frame-ancestors 'self'")
        .contains("script-src 'self' 'unsafe-eval' 'nonce-");
    assertThat(policy.substring(policy.indexOf("script-src"))).doesNotContain("unsafe-inline");
    String nonce = nonce(page);
    assertThat(inlineScriptsWithoutNonce(page.html(), nonce))
        .as("inline scripts of %s without the page's nonce", page.uri())
        .isEmpty();
    // A Faces form posted without JavaScript carries the nonce too (PrimeFaces refuses a postback
    // without it); the sign-out form posts to a servlet, which PrimeFaces does not check.
    assertThat(count(page.html(), "name=\"primefaces.nonce\" value=\"" + nonce + "\""))
        .as("Faces forms of %s carrying the nonce", page.uri())
        .isEqualTo(count(page.html(), "name=\"jakarta.faces.ViewState\""));
    assertThat(INLINE_HANDLER.matcher(page.html()).find())
        .as("an inline event handler (onclick=...) in %s", page.uri())
        .isFalse();
    assertThat(page.header("Cache-Control")).isEqualTo("no-store");
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    assertThat(page.header("Permissions-Policy"))
        .contains("camera=()")
        .contains("microphone=()")
        .contains("geolocation=()");
    // Plain HTTP: HSTS would be ignored by browsers, and is sent over TLS only (PageHeadersTest).
    assertThat(page.header("Strict-Transport-Security")).isEmpty();
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }

  private static String nonce(HttpSignIn.Page page) {
    Matcher nonce = NONCE.matcher(page.header("Content-Security-Policy"));
    assertThat(nonce.find()).as("a nonce in the CSP of %s", page.uri()).isTrue();
    return nonce.group(1);
  }

  private static List<String> inlineScriptsWithoutNonce(String html, String nonce) {
    List<String> without = new ArrayList<>();
    Matcher script = SCRIPT.matcher(html);
    while (script.find()) {
      String tag = script.group();
      if (!tag.contains(" src=") && !tag.contains("nonce=\"" + nonce + "\"")) {
        without.add(tag);
      }
    }
    return without;
  }
}
