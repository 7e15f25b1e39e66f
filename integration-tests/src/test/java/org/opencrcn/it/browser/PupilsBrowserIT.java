package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.browser.pages.PupilsPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.DemoAccounts;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.By;

/**
 * The director imports the school's SIECLE export and reads the pupils; a teacher never reaches
 * another school's.
 */
@ExtendWith(WithKeycloak.class)
class PupilsBrowserIT extends BrowserJourney {

  @Test
  @DisplayName(
      "The director uploads a SIECLE XML file, follows it to the report, and filters the pupils by class")
  void directorImports() throws Exception {
    signInAs(DemoAccounts.DIRECTOR).awaitPath("/orga/");
    browser.findElement(By.id("pupils-link")).click();
    PupilsPage page = new PupilsPage(browser);
    page.awaitPath("/orga/eleves.xhtml");
    assertThat(page.heading()).isEqualTo("Élèves");
    Accessibility.assertNoViolations(browser);

    page.upload(resource("college-jean-moulin.xml")).awaitReport();

    assertThat(page.text("report-outcome"))
        .startsWith("Import de « college-jean-moulin.xml » terminé le ")
        .contains("3 élève(s) du fichier ignoré(s)");
    assertThat(page.text("last-import")).startsWith("Dernier import SIECLE : ");
    assertThat(page.familyNames()).containsExactly("LEFÈVRE", "MARTIN", "SMITH");
    Accessibility.assertNoViolations(browser);

    page.filterByDivision("6A");

    assertThat(page.familyNames()).containsExactly("MARTIN", "SMITH");
    Accessibility.assertNoViolations(browser);
  }

  @Test
  @DisplayName("A refused file shows every problem and leaves the pupils as they were")
  void refusedFile() throws Exception {
    signInAs(DemoAccounts.DIRECTOR).awaitPath("/orga/");
    PupilsPage page = new PupilsPage(browser);
    OpenCrcnPage.open(browser, "/orga/eleves.xhtml");
    page.upload(resource("college-jean-moulin.xml")).awaitReport();

    page.upload(resource("college-jean-moulin-bad.xml")).awaitReport();

    assertThat(page.text("report-outcome"))
        .startsWith("Fichier « college-jean-moulin-bad.xml » refusé le ")
        .endsWith("rien n'a changé : 2 problème(s).");
    assertThat(page.texts("#report-issues .issue-message"))
        .containsExactly(
            "Date de naissance « 31/02/2011 » impossible (attendu : jj/mm/aaaa).",
            "Sexe manquant.");
    assertThat(page.familyNames()).containsExactly("LEFÈVRE", "MARTIN", "SMITH");
    Accessibility.assertNoViolations(browser);
  }

  @Test
  @DisplayName(
      "A 100 MB file is refused with the page's message before it is sent, and the pupils stay as they were")
  void hundredMegabytes() throws Exception {
    signInAs(DemoAccounts.DIRECTOR).awaitPath("/orga/");
    PupilsPage page = new PupilsPage(browser);
    OpenCrcnPage.open(browser, "/orga/eleves.xhtml");
    page.upload(resource("college-jean-moulin.xml")).awaitReport();
    String reportBefore = page.text("report-outcome");
    Path huge = Files.createTempDirectory("opencrcn-siecle").resolve("eleves.xml");
    try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(
          100L * 1024 * 1024); // sparse: nothing written, the browser only reads its size
    }

    page.uploadRefusedBeforeSending(huge);

    assertThat(page.text("upload:file-too-large"))
        .isEqualTo(
            "Le fichier dépasse 50 Mo : il n'a pas été lu et rien n'a changé. Déposez-le zippé.");
    assertThat(page.fileMarkedInvalid()).isTrue();
    assertThat(page.text("report-outcome")).as("no new import").isEqualTo(reportBefore);
    assertThat(page.familyNames()).containsExactly("LEFÈVRE", "MARTIN", "SMITH");
    Accessibility.assertNoViolations(browser);
    Files.delete(huge);
  }

  @Test
  @DisplayName(
      "An empty file after an import: the page says to choose a non-empty file, without the previous report")
  void emptyFileHidesThePreviousReport() throws Exception {
    signInAs(DemoAccounts.DIRECTOR).awaitPath("/orga/");
    PupilsPage page = new PupilsPage(browser);
    OpenCrcnPage.open(browser, "/orga/eleves.xhtml");
    page.upload(resource("college-jean-moulin.xml")).awaitReport();
    Path empty = Files.createTempDirectory("opencrcn-siecle").resolve("vide.xml");
    Files.write(empty, new byte[0]);

    page.submitFile(empty);

    assertThat(page.text("upload:file-message")).isEqualTo("Choisissez un fichier non vide.");
    assertThat(page.has("report-outcome")).as("the previous file's report").isFalse();
    assertThat(page.familyNames()).containsExactly("LEFÈVRE", "MARTIN", "SMITH");
    Accessibility.assertNoViolations(browser);
  }

  @Test
  @DisplayName(
      "A teacher of Collège Jean Moulin gets the 403 page for any other organisation's pupils, whatever the address")
  void teacherCannotReachAnotherSchool() {
    signInAs(DemoAccounts.TEACHER).awaitPath("/orga/");
    String own =
        browser
            .findElement(By.id("pupils-link"))
            .getAttribute("href")
            .replaceAll(".*organization=(\\d+).*", "$1");
    OpenCrcnPage ownPage = OpenCrcnPage.open(browser, "/orga/eleves.xhtml?organization=" + own);
    assertThat(ownPage.has("pupils-form")).isTrue();
    assertThat(ownPage.has("upload")).as("importing is the director's").isFalse();
    Accessibility.assertNoViolations(browser);

    for (int id = 1; id <= 12; id++) {
      if (Integer.toString(id).equals(own)) {
        continue;
      }
      OpenCrcnPage other = OpenCrcnPage.open(browser, "/orga/eleves.xhtml?organization=" + id);
      assertThat(other.has("error-403")).as("organisation " + id).isTrue();
      assertThat(other.has("pupils-form")).isFalse();
    }
    assertThat(OpenCrcnPage.open(browser, "/orga/eleves.xhtml?organization=abc").has("pupils-form"))
        .isFalse();
  }

  private static Path resource(String name) throws Exception {
    Path file = Files.createTempDirectory("opencrcn-siecle").resolve(name);
    try (InputStream in = PupilsBrowserIT.class.getResourceAsStream("/siecle/" + name)) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }
}
