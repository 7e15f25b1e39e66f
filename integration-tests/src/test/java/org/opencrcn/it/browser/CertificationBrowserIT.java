package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.CertifSessionsPage;
import org.opencrcn.it.browser.pages.CertificationCandidatePages;
import org.opencrcn.it.browser.pages.FinalisationPage;
import org.opencrcn.it.browser.pages.KeycloakLoginPage;
import org.opencrcn.it.browser.pages.MyCertificationsPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.browser.pages.ResultsReviewPage;
import org.opencrcn.it.browser.pages.SessionPage;
import org.opencrcn.it.browser.pages.SupervisorRoomPage;
import org.opencrcn.it.browser.pages.VerificationPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.Browser;
import org.opencrcn.it.support.Person;
import org.opencrcn.it.support.TestData;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A certification from the first code typed to the verified certificate, with two browsers: the
 * centre plans a session with a pupil; on the day, the pupil, signed in in their own browser, joins
 * with the codes and waits; the supervisor, in the other browser and without an account, opens the
 * room, sees the pupil arrive by push and admits them; the pupil's page moves on by itself, the
 * pupil answers every question, and the room sees them finish by push. The centre finalises with a
 * comment, an administrator publishes from the review queue, the pupil downloads the certificate
 * (its text read with PDFBox) and anyone verifies its code on the public page.
 */
@ExtendWith(WithKeycloak.class)
class CertificationBrowserIT extends BrowserJourney {
  private static final LocalDate NEXT_MONTH =
      LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(1);
  private static final LocalDate BORN = LocalDate.of(2011, 2, 3);

  @Test
  @DisplayName(
      "The pupil joins with the codes, the supervisor admits them from another browser by push,"
          + " the pupil completes, the centre finalises, the administrator publishes, the pupil"
          + " downloads the certificate and its code is verified on the public page")
  void fromTheCodesToTheVerifiedCertificate() throws Exception {
    TestData.School school = data.school("Collège Certif Jour J");
    Person officer = data.person("Karim", "Centre");
    data.centreOfficer(school, officer);
    data.pupilRecord(school, "MARTIN", "Léa", BORN, "3A");
    Person pupil = data.person("Léa", "Martin");
    Person admin = data.platformAdministrator("Sophie", "Relit");
    eligible(pupil);
    signInAs(officer).awaitPath("/certif/");
    SessionPage session =
        new CertifSessionsPage(browser)
            .createSession()
            .fill("3e A", "Bâtiment principal", "Salle 12", NEXT_MONTH, "09:30", "Mme Müller")
            .save();
    session.showClass("3A").enrol("MARTIN");
    String number = session.sessionNumber();
    String code = session.accessCode();
    String password = session.supervisorPassword();
    session.signOut();
    data.sessionDayHasCome(Long.parseLong(number));

    ChromeDriver pupilBrowser = Browser.start();
    try {
      KeycloakLoginPage login = OpenCrcnPage.open(pupilBrowser, "/").clickSignIn();
      login.signIn(pupil.username(), pupil.password());
      CertificationCandidatePages candidate =
          new CertificationCandidatePages(pupilBrowser).openFromNavigation();
      Accessibility.assertNoViolations(pupilBrowser);
      candidate.join(number, "BBBB22", "Martin", "Léa", BORN);
      assertThat(candidate.awaitText("messages")).contains("Aucune session ne correspond");
      candidate.join(number, code.toLowerCase(), "martin", "Lea", BORN);
      candidate.awaitPath("/app/certification-attente");
      Accessibility.assertNoViolations(pupilBrowser);

      SupervisorRoomPage room = SupervisorRoomPage.open(browser).enter(number, password);
      room.awaitStatus("MARTIN", "En attente");
      Accessibility.assertNoViolations(browser);
      room.admit("MARTIN");

      candidate.awaitFirstQuestion();
      assertThat(candidate.text("progress")).isEqualTo("Question 1 sur 15");
      room.awaitStatus("MARTIN", "En cours");
      Accessibility.assertNoViolations(pupilBrowser);
      assertThat(candidate.secondTabNotice())
          .isEqualTo(
              "Votre test est déjà ouvert dans un autre onglet de ce navigateur : continuez-le là-bas et fermez celui-ci.");
      int answered = candidate.answerAllRight();

      assertThat(answered).isEqualTo(15);
      assertThat(candidate.text("end-status"))
          .isEqualTo("Vous avez terminé votre test de certification.");
      room.awaitStatus("MARTIN", "Terminé").awaitAnswered("MARTIN", "15 / 15");

      signInAs(officer).awaitPath("/certif/");
      FinalisationPage finalisation = FinalisationPage.open(browser, Long.parseLong(number));
      Accessibility.assertNoViolations(browser);
      assertThat(finalisation.finaliseWithComment("Salle calme, aucun incident."))
          .isEqualTo(
              "Session finalisée : les résultats seront publiés après relecture par un administrateur.");
      new OpenCrcnPage(browser).signOut();

      signInAs(admin).awaitPath("/");
      assertThat(ResultsReviewPage.queue(browser)).contains(number);
      ResultsReviewPage review = ResultsReviewPage.open(browser, Long.parseLong(number));
      assertThat(review.results())
          .singleElement()
          .asString()
          .startsWith("Certifié – reproductibilité 100 %");
      assertThat(review.publish()).isEqualTo("Résultats publiés.");
      new OpenCrcnPage(browser).signOut();

      MyCertificationsPage mine = MyCertificationsPage.open(pupilBrowser);
      assertThat(mine.statuses()).containsExactly("Certifié");
      String verification = mine.codes().get(0);
      assertThat(verification).matches("P-[BCDFGHJKMPQRTVWXY2346789]{8}");
      Accessibility.assertNoViolations(pupilBrowser);
      try (PDDocument pdf = Loader.loadPDF(mine.certificate(verification))) {
        String text = new PDFTextStripper().getText(pdf);
        assertThat(text)
            .contains("Certificat de compétences numériques", "Léa MARTIN", verification)
            .contains("/verifier.xhtml?code=" + verification)
            .doesNotContain("2011");
      }

      VerificationPage verified = VerificationPage.open(browser).check(verification.toLowerCase());
      assertThat(verified.text("holder")).isEqualTo("Léa MARTIN");
      assertThat(verified.text("verified-code")).isEqualTo(verification);
      assertThat(verified.texts("#verified-competences tbody tr")).hasSize(5);
      Accessibility.assertNoViolations(browser);
      VerificationPage forged = VerificationPage.open(browser).check("P-ABCDE");
      assertThat(forged.text("verification-outcome"))
          .isEqualTo(
              "Ce code n'a pas la forme d'un code de vérification (P- suivi de 8 caractères) : il est mal recopié ou falsifié.");
      assertThat(forged.has("holder")).isFalse();
    } finally {
      pupilBrowser.quit();
    }
  }

  /** Skills of levels 1 to 3 of every tube of 5 competences validated: level 1 or more on each. */
  private void eligible(Person person) {
    List<List<String>> tubes =
        List.of(
            List.of("1.1", "c11moteur", "c11source", "c11veille"),
            List.of("1.2", "c12fichiers", "c12stockage", "c12archives"),
            List.of("1.3", "c13tableur", "c13tri", "c13graph"),
            List.of("2.1", "c21courriel", "c21outils", "c21securite"),
            List.of("2.2", "c22partage", "c22publication", "c22licences", "c22site"));
    for (List<String> competence : tubes) {
      List<String> skills =
          competence.subList(1, competence.size()).stream()
              .flatMap(tube -> Stream.of("@" + tube + "1", "@" + tube + "2", "@" + tube + "3"))
              .toList();
      data.completedPositioning(person, competence.get(0), 10, skills, List.of());
    }
  }
}
