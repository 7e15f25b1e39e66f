package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.Urls;
import org.openqa.selenium.By;

/** What anyone sees without signing in: the home page, in French then English, and the 404 page. */
class PublicPagesBrowserIT extends BrowserJourney {

  @Test
  @DisplayName("The home page presents the 5 areas and 16 competences, in French by default")
  void homePresentsTheFramework() {
    OpenCrcnPage home = OpenCrcnPage.open(browser, "/");

    assertThat(home.language()).isEqualTo("fr");
    assertThat(home.texts(".area h3"))
        .hasSize(5)
        .first()
        .asString()
        .contains("Information et données");
    assertThat(home.texts(".competence-title"))
        .hasSize(16)
        .contains(
            "Mener une recherche et une veille d'information",
            "Programmer",
            "Construire un environnement numérique");
    assertThat(home.has("signin")).isTrue();
    Accessibility.assertNoViolations(browser);
  }

  @Test
  @DisplayName("A visitor switches the home page to English")
  void homeInEnglish() {
    OpenCrcnPage home = OpenCrcnPage.open(browser, "/").switchLanguage("en");

    assertThat(home.heading()).isEqualTo("Assess, develop and certify your digital skills");
    assertThat(home.texts(".competence-title")).contains("Programming");
    Accessibility.assertNoViolations(browser);
  }

  @Test
  @DisplayName("Every page names the site's icon, and /favicon.ico serves it (browsers ask for it)")
  void favicon() throws Exception {
    OpenCrcnPage home = OpenCrcnPage.open(browser, "/");
    assertThat(browser.findElement(By.cssSelector("link[rel=icon]")).getAttribute("href"))
        .isEqualTo(Urls.app("/favicon.ico"));

    HttpResponse<byte[]> icon =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(Urls.app("/favicon.ico"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());

    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("image/"));
    assertThat(icon.body()).as("an ICO file's header").startsWith(0, 0, 1, 0);
    assertThat(home.has("signin")).isTrue();
  }

  @Test
  @DisplayName("An unknown address gets the friendly 404 page, never a stack trace")
  void unknownPage() {
    OpenCrcnPage missing = OpenCrcnPage.open(browser, "/nowhere.xhtml");

    assertThat(missing.has("error-404")).isTrue();
    assertThat(missing.heading()).isEqualTo("Page introuvable");
    assertThat(missing.pageSource()).doesNotContain("at org.").doesNotContain("Caused by");
    Accessibility.assertNoViolations(browser);
  }

  @Test
  @DisplayName("A form posted after the session ended leads to the 'page expired' page")
  void expiredView() {
    OpenCrcnPage home = OpenCrcnPage.open(browser, "/");
    browser.manage().deleteCookieNamed("JSESSIONID");

    browser.findElement(By.id("language:en")).click();
    OpenCrcnPage expired = new OpenCrcnPage(browser).awaitPath("/error/expired.xhtml");

    assertThat(expired.has("error-expired")).isTrue();
    assertThat(expired.heading()).isEqualTo("Page expirée");
    assertThat(home.pageSource()).doesNotContain("ViewExpiredException:");
  }

  @Test
  @DisplayName("Anyone reads the mastery grid and the target profiles with their topics")
  void referentialPages() {
    OpenCrcnPage referential = OpenCrcnPage.open(browser, "/referentiel.xhtml");

    assertThat(referential.texts("#mastery-grid tbody tr")).hasSize(8);
    assertThat(referential.texts("#mastery-grid tbody tr td:first-child"))
        .containsExactly(
            "Novice",
            "Novice",
            "Indépendant",
            "Indépendant",
            "Avancé",
            "Avancé",
            "Expert",
            "Expert");
    Accessibility.assertNoViolations(browser);

    OpenCrcnPage profiles = OpenCrcnPage.open(browser, "/parcours.xhtml");
    assertThat(profiles.texts(".profile-name"))
        .hasSizeGreaterThanOrEqualTo(10)
        .contains(
            "[CLG] Information et données - Socle commun",
            "1.1 Mener une recherche et une veille d'information");
    browser.findElement(By.cssSelector("#profile-clg-information-donnees summary")).click();
    assertThat(profiles.texts("#profile-clg-information-donnees .topic-title"))
        .hasSizeGreaterThanOrEqualTo(3);
    Accessibility.assertNoViolations(browser);
  }
}
