package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.browser.pages.PupilsPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.Person;
import org.opencrcn.it.support.TestData;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.By;

/**
 * The director imports the school's SIECLE export and reads the pupils; a teacher never reaches
 * another school's. Each test has a school of its own and its own director or teacher: the sample
 * exports (of Collège Jean Moulin) are given the school's UAI, as its own export would carry it.
 */
@ExtendWith(WithKeycloak.class)
class PupilsBrowserIT extends BrowserJourney {
  private static final String SAMPLE_UAI = "0381999Z";

  /** A school of this test's own and its director, signed in on the pupils page. */
  private PupilsPage directorOfANewSchool() {
    TestData.School school = data.school("Collège Élèves");
    Person director = data.person("Diane", "Directrice");
    data.administrator(school, director);
    this.school = school;
    signInAs(director).awaitPath("/orga/");
    OpenCrcnPage.open(browser, "/orga/eleves.xhtml?organization=" + school.id());
    return new PupilsPage(browser);
  }

  private TestData.School school;

  @Test
  @DisplayName("After signing out, the Back button does not show the pupils list again")
  void backAfterSignOutShowsNoPupil() {
    TestData.School school = data.school("Collège Retour");
    Person director = data.person("Bérénice", "Retour");
    data.administrator(school, director);
    data.pupilRecord(school, "RETOURNÉ", "Basile", LocalDate.of(2012, 4, 2), "6C");
    signInAs(director).awaitPath("/orga/");
    OpenCrcnPage.open(browser, "/orga/eleves.xhtml?organization=" + school.id());
    PupilsPage page = new PupilsPage(browser);
    assertThat(page.familyNames()).containsExactly("RETOURNÉ");
    OpenCrcnPage home = page.signOut();

    OpenCrcnPage back = home.back();

    assertThat(back.pageSource()).doesNotContain("RETOURNÉ").doesNotContain("Basile");
    assertThat(back.url()).contains("/realms/opencrcn/");
    Accessibility.assertNoViolations(browser);
  }

  @Test
  @DisplayName(
      "The director uploads a SIECLE XML file, follows it to the report, and filters the pupils by class")
  void directorImports() throws Exception {
    TestData.School school = data.school("Collège Élèves");
    Person director = data.person("Diane", "Directrice");
    data.administrator(school, director);
    this.school = school;
    signInAs(director).awaitPath("/orga/");
    browser.findElement(By.id("pupils-link")).click();
    PupilsPage page = new PupilsPage(browser);
    page.awaitPath("/orga/eleves.xhtml?organization=" + school.id());
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
    PupilsPage page = directorOfANewSchool();
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
    PupilsPage page = directorOfANewSchool();
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
    PupilsPage page = directorOfANewSchool();
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
      "A teacher gets the 403 page for any other organisation's pupils, whatever the address")
  void teacherCannotReachAnotherSchool() {
    TestData.School own = data.school("Collège Élèves");
    TestData.School other = data.school("Collège Voisin");
    Person teacher = data.person("Théo", "Enseignant");
    data.member(own, teacher);
    signInAs(teacher).awaitPath("/orga/");
    assertThat(browser.findElement(By.id("pupils-link")).getAttribute("href"))
        .endsWith("organization=" + own.id());
    OpenCrcnPage ownPage =
        OpenCrcnPage.open(browser, "/orga/eleves.xhtml?organization=" + own.id());
    assertThat(ownPage.has("pupils-form")).isTrue();
    assertThat(ownPage.has("upload")).as("importing is the director's").isFalse();
    Accessibility.assertNoViolations(browser);

    // Another school made for this test, the demo schools, and an organisation that does not exist.
    for (long id : new long[] {other.id(), 1, 2, 3, 999_999_999}) {
      OpenCrcnPage page = OpenCrcnPage.open(browser, "/orga/eleves.xhtml?organization=" + id);
      assertThat(page.has("error-403")).as("organisation " + id).isTrue();
      assertThat(page.has("pupils-form")).isFalse();
    }
    assertThat(OpenCrcnPage.open(browser, "/orga/eleves.xhtml?organization=abc").has("pupils-form"))
        .isFalse();
  }

  /** A sample export, as the school of the running test would have it (its own UAI). */
  private Path resource(String name) throws Exception {
    byte[] sample;
    try (InputStream in = PupilsBrowserIT.class.getResourceAsStream("/siecle/" + name)) {
      sample = in.readAllBytes();
    }
    // ISO-8859-15 bytes: the UAIs are ASCII, replaced as bytes so that nothing else changes.
    String asLatin = new String(sample, StandardCharsets.ISO_8859_1);
    assertThat(asLatin).contains("<UAJ>" + SAMPLE_UAI + "</UAJ>");
    Path file = Files.createTempDirectory("opencrcn-siecle").resolve(name);
    Files.write(
        file,
        asLatin
            .replace("<UAJ>" + SAMPLE_UAI + "</UAJ>", "<UAJ>" + school.uai() + "</UAJ>")
            .getBytes(StandardCharsets.ISO_8859_1));
    return file;
  }
}
