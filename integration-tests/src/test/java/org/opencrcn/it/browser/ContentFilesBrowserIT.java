package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.ChallengePreviewPage;
import org.opencrcn.it.browser.pages.ContentAdminPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.DemoAccounts;
import org.opencrcn.it.support.PackZips;
import org.opencrcn.it.support.Urls;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Files shipped in the content pack: an administrator previews a shipped challenge, sees its
 * download link and gets the file with her session; an illustration shows; nobody signed in gets
 * nothing.
 */
@ExtendWith(WithKeycloak.class)
class ContentFilesBrowserIT extends BrowserJourney {
  private static final Path PACK =
      Path.of(System.getProperty("it.content.dir", "../content")).resolve("crcn");
  private static final Path CSV = PACK.resolve("files/c13-emprunts-cdi.csv");
  private static final Path SVG = PACK.resolve("files/c13-sport-prefere.svg");

  /** GETs a URL with the browser's cookies; status, headers and the body in Base64. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> fetchWithSession(String url) {
    return (Map<String, Object>)
        browser.executeAsyncScript(
            """
        const done = arguments[arguments.length - 1];
        fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})
          .then(async response => {
            const bytes = new Uint8Array(await response.arrayBuffer());
            let binary = '';
            bytes.forEach(b => binary += String.fromCharCode(b));
            done({status: response.status,
                  type: response.headers.get('Content-Type'),
                  disposition: response.headers.get('Content-Disposition'),
                  nosniff: response.headers.get('X-Content-Type-Options'),
                  csp: response.headers.get('Content-Security-Policy'),
                  body: btoa(binary)});
          })
          .catch(error => done({error: String(error)}));
        """,
            url);
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private void signInAndImportShippedPack() throws Exception {
    signInAs(DemoAccounts.PLATFORM_ADMIN).awaitPath("/admin/");
    ContentAdminPage content = ContentAdminPage.open(browser).upload(PackZips.shippedPack());
    assertThat(content.text("report-outcome")).startsWith("Pack 2026.12.0");
  }

  @Test
  @DisplayName(
      "The preview of a shipped challenge offers its CSV, and downloading it with the session gives the file")
  void attachmentLinkDownloadsTheFile() throws Exception {
    signInAndImportShippedPack();

    OpenCrcnPage preview = OpenCrcnPage.open(browser, "/admin/challenge.xhtml?id=c13tri-4-d");

    WebElement link = browser.findElement(By.id("attachment-link"));
    long kilobytes = (Files.size(CSV) + 1023) / 1024;
    assertThat(link.getText())
        .isEqualTo("Télécharger le fichier : Emprunts du CDI (CSV, " + kilobytes + " Ko)");
    assertThat(link.getAttribute("download")).isEqualTo("c13-emprunts-cdi.csv");
    assertThat(link.getAttribute("href"))
        .isEqualTo(Urls.app("/files/" + sha256(CSV) + "/c13-emprunts-cdi.csv"));
    assertThat(preview.text("instruction")).contains("4B");
    Accessibility.assertNoViolations(browser);

    Map<String, Object> download = fetchWithSession(link.getAttribute("href"));

    assertThat(download).containsEntry("status", 200L);
    assertThat(Base64.getDecoder().decode((String) download.get("body")))
        .isEqualTo(Files.readAllBytes(CSV));
    assertThat(download.get("type")).isEqualTo("text/csv");
    assertThat((String) download.get("disposition"))
        .startsWith("attachment;")
        .contains("c13-emprunts-cdi.csv");
    assertThat(download.get("nosniff")).isEqualTo("nosniff");
  }

  @Test
  @DisplayName(
      "A shipped SVG illustration shows in the preview with its alternative text, sandboxed")
  void illustrationShows() throws Exception {
    signInAndImportShippedPack();

    WebElement image = ChallengePreviewPage.open(browser, "c13graph-3-d").loadedIllustration();

    assertThat(image.getAttribute("alt"))
        .startsWith("Diagramme en barres « Sport préféré des élèves de 4e »")
        .contains("danse 12");
    assertThat(browser.findElements(By.id("attachment-link"))).isEmpty();
    Accessibility.assertNoViolations(browser);

    Map<String, Object> shown = fetchWithSession(image.getAttribute("src"));

    assertThat(shown).containsEntry("status", 200L).containsEntry("type", "image/svg+xml");
    assertThat(Base64.getDecoder().decode((String) shown.get("body")))
        .isEqualTo(Files.readAllBytes(SVG));
    assertThat((String) shown.get("disposition")).startsWith("inline;");
    assertThat((String) shown.get("csp")).contains("sandbox").contains("default-src 'none'");
  }

  @Test
  @DisplayName("Signed in, an unknown file is a 404; not signed in, the file is not served")
  void unknownAndAnonymous() throws Exception {
    signInAndImportShippedPack();
    String fileUrl = Urls.app("/files/" + sha256(CSV) + "/c13-emprunts-cdi.csv");

    Map<String, Object> unknown = fetchWithSession(Urls.app("/files/" + "0".repeat(64) + "/x.csv"));
    HttpResponse<byte[]> anonymous =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(fileUrl)).build(),
                HttpResponse.BodyHandlers.ofByteArray());

    assertThat(unknown).containsEntry("status", 404L);
    assertThat(anonymous.statusCode()).isNotEqualTo(200);
    assertThat(anonymous.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).contains("/realms/opencrcn/"));
    assertThat(new String(anonymous.body(), java.nio.charset.StandardCharsets.UTF_8))
        .doesNotContain("Inès");
  }
}
