package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.CertifSessionsPage;
import org.opencrcn.it.browser.pages.SessionFormPage;
import org.opencrcn.it.browser.pages.SessionPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.Person;
import org.opencrcn.it.support.TestData;
import org.opencrcn.it.support.WithKeycloak;

/**
 * A SCO centre's officer plans a session: creates it, enrols three pupils of one class, reads the
 * three codes and downloads the attendance sheet. The school, its pupils, its centre and its
 * officer are the test's own (no browser test signs in as a demo account).
 */
@ExtendWith(WithKeycloak.class)
class CertifSessionBrowserIT extends BrowserJourney {
  private static final LocalDate NEXT_MONTH =
      LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(1);

  @Test
  @DisplayName(
      "The officer creates a session, enrols three pupils of 3e A, sees the three codes and finds the names and the number in the attendance sheet")
  void sessionWithThreePupils() throws Exception {
    TestData.School school = data.school("Collège Certif");
    Person officer = data.person("Karim", "Centre");
    data.centreOfficer(school, officer);
    data.pupilRecord(school, "BERNARD", "Anaïs", LocalDate.of(2011, 2, 3), "3A");
    data.pupilRecord(school, "DURAND", "Élodie", LocalDate.of(2011, 7, 9), "3A");
    data.pupilRecord(school, "LEFÈVRE", "Zoé", LocalDate.of(2010, 12, 24), "3A");
    data.pupilRecord(school, "PETIT", "Noé", LocalDate.of(2011, 5, 5), "3B");
    signInAs(officer).awaitPath("/certif/");
    CertifSessionsPage sessions = new CertifSessionsPage(browser);
    assertThat(sessions.sessions()).isEmpty();

    SessionFormPage form = sessions.createSession();
    Accessibility.assertNoViolations(browser);
    SessionPage session =
        form.fill("3e A", "Bâtiment principal", "Salle 12", NEXT_MONTH, "09:30", "Mme Müller")
            .save();

    String number = session.sessionNumber();
    assertThat(number).matches("\\d+");
    assertThat(session.accessCode()).matches("[BCDFGHJKMPQRTVWXY]{4}[2346789]{2}");
    assertThat(session.supervisorPassword())
        .matches("[23456789bcdfghjkmpqrstvwxyBCDFGHJKMPQRSTVWXY!*?]{6}");
    assertThat(session.text("messages")).isEqualTo("Session " + number + " créée.");

    session.showClass("3A");
    assertThat(session.pupilsOffered())
        .containsExactly(
            "BERNARD Anaïs (03/02/2011)", "DURAND Élodie (09/07/2011)", "LEFÈVRE Zoé (24/12/2010)");
    Accessibility.assertNoViolations(browser);
    session.enrol("BERNARD", "DURAND", "LEFÈVRE");

    assertThat(session.text("messages")).isEqualTo("3 candidat(s) inscrit(s).");
    assertThat(session.candidates())
        .containsExactly("BERNARD Anaïs", "DURAND Élodie", "LEFÈVRE Zoé");
    Accessibility.assertNoViolations(browser);

    try (PDDocument sheet = Loader.loadPDF(session.attendanceSheet())) {
      String text = new PDFTextStripper().getText(sheet);
      assertThat(text)
          .contains("Feuille d'émargement", "Session n° : " + number, "Salle 12", "Mme Müller")
          .contains("BERNARD", "Anaïs", "DURAND", "Élodie", "LEFÈVRE", "Zoé")
          .doesNotContain("PETIT");
    }
  }

  @Test
  @DisplayName("A session in the past is refused with its message, and the dashboard stays empty")
  void sessionInThePast() {
    TestData.School school = data.school("Collège Passé");
    Person officer = data.person("Paul", "Passé");
    data.centreOfficer(school, officer);
    signInAs(officer).awaitPath("/certif/");
    CertifSessionsPage sessions = new CertifSessionsPage(browser);

    String message =
        sessions
            .createSession()
            .fill(
                "",
                "Bâtiment",
                "Salle 1",
                LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1),
                "10:00",
                "M. Hier")
            .saveRefused();

    assertThat(message)
        .isEqualTo(
            "La date et l'heure de la session sont déjà passées : choisissez un moment à venir. Rien n'a été enregistré.");
    Accessibility.assertNoViolations(browser);
  }
}
