package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.ContentAdminPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.DemoAccounts;
import org.opencrcn.it.support.PackZips;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.By;

/** An administrator uploads a broken pack, reads why, then a good one, and previews a challenge. */
@ExtendWith(WithKeycloak.class)
class ContentAdminBrowserIT extends BrowserJourney {

  @Test
  @DisplayName(
      "A broken pack is refused with every error; the shipped pack imports and its challenges preview")
  void uploadBrowseAndPreview() throws Exception {
    signInAs(DemoAccounts.PLATFORM_ADMIN).awaitPath("/admin/");
    browser.findElement(By.id("content-link")).click();
    new OpenCrcnPage(browser).awaitPath("/admin/content.xhtml");
    ContentAdminPage content = new ContentAdminPage(browser);
    Accessibility.assertNoViolations(browser);

    OpenCrcnPage refused = content.upload(PackZips.brokenPack());

    assertThat(refused.text("report-outcome"))
        .startsWith("Pack refusé, rien n'a changé : 2 erreur(s)");
    assertThat(refused.texts("#report-errors .error-message"))
        .containsExactlyInAnyOrder(
            "la solution désigne la proposition 5, qui n'existe pas (2 propositions)",
            "tolérance « t9 » inconnue (t1, t2, t3)");
    Accessibility.assertNoViolations(browser);

    OpenCrcnPage imported = content.upload(PackZips.shippedPack());

    assertThat(imported.text("report-outcome"))
        .matches("Pack 2026\\.12\\.0 (importé|déjà importé à l'identique : rien n'a changé)\\.");
    assertThat(imported.texts("#versions tbody tr")).isNotEmpty();

    OpenCrcnPage tree = OpenCrcnPage.open(browser, "/admin/referential.xhtml");
    assertThat(tree.texts(".competence-node > summary")).hasSize(16);
    browser.findElement(By.id("competence-1-1")).click();
    browser.findElement(By.cssSelector("#competence-1-1 .tube-node > summary")).click();
    browser.findElement(By.cssSelector("#competence-1-1 .challenge-link")).click();

    OpenCrcnPage preview = new OpenCrcnPage(browser).awaitPath("/admin/challenge.xhtml");
    assertThat(preview.heading()).startsWith("Aperçu de l'épreuve c11");
    assertThat(preview.text("instruction")).isNotBlank();
    Accessibility.assertNoViolations(browser);
  }

  @Test
  @DisplayName("An upload over 50 MB is refused with a message before it is sent, and no report")
  void tooLargeUpload() throws Exception {
    signInAs(DemoAccounts.PLATFORM_ADMIN).awaitPath("/admin/");
    OpenCrcnPage.open(browser, "/admin/content.xhtml");
    Path big = Files.createTempFile("opencrcn-big-", ".zip");
    try (var out = Files.newOutputStream(big)) {
      byte[] block = new byte[1024 * 1024];
      for (int i = 0; i < 51; i++) {
        out.write(block);
      }
    }

    ContentAdminPage page = new ContentAdminPage(browser).uploadRefusedBeforeSending(big);

    assertThat(page.text("upload:file-too-large"))
        .isEqualTo("L'archive dépasse 50 Mo : elle n'a pas été lue et rien n'a changé.");
    assertThat(page.has("report")).isFalse();
    Files.delete(big);
  }
}
