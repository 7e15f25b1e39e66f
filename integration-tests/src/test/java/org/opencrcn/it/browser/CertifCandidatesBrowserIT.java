package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.CertifSessionsPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.browser.pages.SessionFormPage;
import org.opencrcn.it.browser.pages.SessionPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.Person;
import org.opencrcn.it.support.Urls;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The flows of a SUP centre's officer around a session: a candidate typed then edited, a candidates
 * file refused for one bad line then accepted, the minutes (PDF) and the candidates list (xlsx)
 * read back, the session edited then deleted after confirming, sessions imported from a file. The
 * centre and its officer are the test's own.
 */
@ExtendWith(WithKeycloak.class)
class CertifCandidatesBrowserIT extends BrowserJourney {
  private static final LocalDate NEXT_MONTH =
      LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(1);
  private static final String CANDIDATES_HEADER =
      "Nom de naissance;Prénom;Sexe (M/F);Date de naissance (jj/mm/aaaa);Commune de naissance;"
          + "Département de naissance;Pays de naissance;Classe ou identifiant externe;"
          + "Temps majoré (%);E-mail du destinataire des résultats";

  @Test
  @DisplayName(
      "A typed candidate is added then edited; a candidates file with a bad line is refused naming it, the corrected one enrols; the minutes and the xlsx list them")
  void candidates() throws Exception {
    SessionPage session = newSession("IUT Candidats");
    String number = session.sessionNumber();

    typeCandidate("NGUYEN", "Linh", "01/04/2008", "30");
    session = submitTyped();
    assertThat(session.text("messages")).isEqualTo("1 candidat(s) inscrit(s).");
    assertThat(session.candidates()).containsExactly("NGUYEN Linh");
    Accessibility.assertNoViolations(browser);

    clickAndWait(browser.findElement(By.cssSelector("#candidates .edit-candidate")));
    OpenCrcnPage form = new OpenCrcnPage(browser);
    assertThat(form.text("typed-title")).isEqualTo("Modifier le candidat");
    assertThat(value("typed-form:familyName")).isEqualTo("NGUYEN");
    assertThat(value("typed-form:extraTime")).isEqualTo("30");
    Accessibility.assertNoViolations(browser);
    replace("typed-form:familyName", "NGUYEN-TRAN");
    replace("typed-form:extraTime", "50");
    session = submitTyped();
    assertThat(session.text("messages")).isEqualTo("Le candidat est modifié.");
    assertThat(session.candidates()).containsExactly("NGUYEN-TRAN Linh");
    assertThat(session.texts("#candidates tr.candidate td")).contains("50 %");

    Path bad =
        csv(
            CANDIDATES_HEADER,
            "MARTIN;Léo;M;02/01/2007;Lyon;069;France;ETU-1;0;",
            "PETIT;Noé;X;05/05/2007;Lyon;069;France;ETU-2;0;");
    session = importCandidates(bad);
    assertThat(session.text("messages"))
        .isEqualTo("Fichier refusé, aucun candidat inscrit : 1 problème(s) à corriger.");
    assertThat(session.texts(".issue-message"))
        .containsExactly("Ligne 3 : sexe « X » inconnu (attendu : M ou F).");
    assertThat(session.candidates()).containsExactly("NGUYEN-TRAN Linh");
    Accessibility.assertNoViolations(browser);

    Path good =
        csv(
            CANDIDATES_HEADER,
            "MARTIN;Léo;M;02/01/2007;Lyon;069;France;ETU-1;0;",
            "PETIT;Noé;M;05/05/2007;Lyon;069;France;ETU-2;0;");
    session = importCandidates(good);
    assertThat(session.text("messages")).isEqualTo("2 candidat(s) inscrit(s).");
    assertThat(session.candidates())
        .containsExactlyInAnyOrder("NGUYEN-TRAN Linh", "MARTIN Léo", "PETIT Noé");

    try (PDDocument minutes = Loader.loadPDF(session.download("session-minutes"))) {
      assertThat(new PDFTextStripper().getText(minutes))
          .contains("Procès-verbal de session", "Session n° : " + number, "Salle 7")
          .contains("NGUYEN-TRAN", "MARTIN", "Léo", "PETIT", "Noé", "50");
    }
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(session.download("candidates-xlsx")))) {
      List<String> names = new ArrayList<>();
      for (Row row : workbook.getSheetAt(0)) {
        Cell first = row.getCell(0);
        names.add(first == null ? "" : first.getStringCellValue());
      }
      assertThat(names).contains("NGUYEN-TRAN", "MARTIN", "PETIT");
    }
  }

  @Test
  @DisplayName(
      "A session is edited, then deleted only once the confirmation is given (cancelling keeps it); sessions are imported from a file")
  void editDeleteAndImportSessions() throws Exception {
    SessionPage session = newSession("IUT Sessions");
    String number = session.sessionNumber();

    clickAndWait(browser.findElement(By.id("session-actions:edit-session")));
    SessionFormPage edit = new SessionFormPage(browser);
    assertThat(value("session-form:room")).isEqualTo("Salle 7");
    Accessibility.assertNoViolations(browser);
    session =
        edit.fill("Partiel", "Campus nord", "Amphi B", NEXT_MONTH.plusDays(1), "14:00", "M. Roux")
            .save();
    assertThat(session.text("messages")).isEqualTo("Session enregistrée.");
    assertThat(session.text("session-room")).isEqualTo("Amphi B");
    assertThat(session.sessionNumber()).isEqualTo(number);

    clickAndWait(browser.findElement(By.id("session-actions:delete-session")));
    OpenCrcnPage asked = new OpenCrcnPage(browser);
    assertThat(asked.text("confirm-delete-heading")).isEqualTo("Supprimer la session ?");
    assertThat(asked.text("confirm-delete-text"))
        .isEqualTo(
            "La session "
                + number
                + " et ses 0 candidat(s) seront supprimés. Cela ne peut pas être annulé.");
    Accessibility.assertNoViolations(browser);
    clickAndWait(browser.findElement(By.id("delete-confirmation:cancel")));
    assertThat(new OpenCrcnPage(browser).has("confirm-delete")).isFalse();
    assertThat(new SessionPage(browser).sessionNumber()).isEqualTo(number);

    clickAndWait(browser.findElement(By.id("session-actions:delete-session")));
    OpenCrcnPage dashboard =
        new OpenCrcnPage(browser).submit("delete-confirmation:confirm").awaitPath("/certif/index");
    assertThat(dashboard.text("messages")).isEqualTo("Session " + number + " supprimée.");
    assertThat(new CertifSessionsPage(browser).sessions()).isEmpty();

    clickAndWait(browser.findElement(By.id("import-sessions")));
    OpenCrcnPage imports = new OpenCrcnPage(browser).awaitPath("/certif/import-sessions.xhtml");
    Accessibility.assertNoViolations(browser);
    String date = NEXT_MONTH.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    Path file =
        csv(
            "Site;Salle;Nom de la session;Date de la session (jj/mm/aaaa);Heure de début (hh:mm);"
                + "Surveillant(s);Observation;"
                + CANDIDATES_HEADER,
            "Campus;Salle 1;L1 A;"
                + date
                + ";09:00;Mme Roux;;DUPONT;Léa;F;01/02/2006;Lyon;069;France;L1;0;",
            "Campus;Salle 1;L1 A;"
                + date
                + ";09:00;Mme Roux;;DURAND;Tom;M;03/04/2006;Lyon;069;France;L1;0;",
            "Campus;Salle 2;L1 B;" + date + ";14:00;M. Blanc;;;;;;;;;;;");
    browser.findElement(By.id("import-form:file")).sendKeys(file.toString());
    OpenCrcnPage done = imports.submit("import-form:import").awaitPath("/certif/index");
    assertThat(done.text("messages")).isEqualTo("2 session(s) créée(s), 2 candidat(s) inscrit(s).");
    assertThat(new CertifSessionsPage(browser).sessions()).hasSize(2);
  }

  @Test
  @DisplayName(
      "Another centre's officer typing the session's number in any Certif address gets what a number that does not exist gives, and nothing of the session")
  void anotherCentresSessionInTheAddress() {
    SessionPage session = newSession("IUT Isolé");
    String number = session.sessionNumber();
    session.signOut().awaitPath("/");
    Person other = data.person("Olivier", "Ailleurs");
    data.supCentreOfficer("IUT Voisin " + UUID.randomUUID().toString().substring(0, 6), other);
    signInAs(other).awaitPath("/certif/");
    String nobody = "999999999";

    for (String page :
        List.of("/certif/session.xhtml?session=", "/certif/session-new.xhtml?session=")) {
      browser.get(Urls.app(page + number));
      OpenCrcnPage foreign = new OpenCrcnPage(browser);
      String foreignTitle = foreign.text("error-title");
      assertThat(foreign.pageSource()).doesNotContain("Salle 7").doesNotContain("Mme Roux");
      browser.get(Urls.app(page + nobody));
      assertThat(new OpenCrcnPage(browser).text("error-title")).as(page).isEqualTo(foreignTitle);
    }
    for (String servlet :
        List.of(
            "/certif/emargement?session=",
            "/certif/pv-session?session=",
            "/certif/candidats.xlsx?session=")) {
      assertThat(status(servlet + number))
          .as(servlet)
          .isEqualTo(404)
          .isEqualTo(status(servlet + nobody));
    }
  }

  /** The HTTP status the signed-in browser gets for this address (fetched as a link would be). */
  private long status(String path) {
    return (Long)
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status))"
                    + ".catch(e => done(-1));",
                Urls.app(path));
  }

  private SessionPage newSession(String centreName) {
    Person officer = data.person("Samia", "Supérieur");
    data.supCentreOfficer(centreName + " " + UUID.randomUUID().toString().substring(0, 6), officer);
    signInAs(officer).awaitPath("/certif/");
    return new CertifSessionsPage(browser)
        .createSession()
        .fill("", "Campus", "Salle 7", NEXT_MONTH, "10:00", "Mme Roux")
        .save();
  }

  private void typeCandidate(String familyName, String firstName, String birthdate, String extra) {
    replace("typed-form:familyName", familyName);
    replace("typed-form:firstName", firstName);
    replace("typed-form:birthdate", birthdate);
    replace("typed-form:extraTime", extra);
  }

  private SessionPage submitTyped() {
    clickAndWait(browser.findElement(By.id("typed-form:enrol-typed")));
    return new SessionPage(browser);
  }

  private SessionPage importCandidates(Path file) {
    browser.findElement(By.id("import-form:file")).sendKeys(file.toString());
    clickAndWait(browser.findElement(By.id("import-form:import")));
    return new SessionPage(browser);
  }

  private void replace(String id, String text) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private String value(String id) {
    return browser.findElement(By.id(id)).getAttribute("value");
  }

  private void clickAndWait(WebElement element) {
    new OpenCrcnPage(browser).submit(element);
  }

  private static Path csv(String... lines) throws Exception {
    Path file = Files.createTempFile("certif-", ".csv");
    Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    file.toFile().deleteOnExit();
    return file;
  }
}
