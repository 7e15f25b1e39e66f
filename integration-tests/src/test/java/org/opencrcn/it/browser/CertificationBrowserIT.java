package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.CertifSessionsPage;
import org.opencrcn.it.browser.pages.CertificationCandidatePages;
import org.opencrcn.it.browser.pages.KeycloakLoginPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.browser.pages.SessionPage;
import org.opencrcn.it.browser.pages.SupervisorRoomPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.Browser;
import org.opencrcn.it.support.Person;
import org.opencrcn.it.support.TestData;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A certification morning with two browsers: the centre plans a session with a pupil; the pupil,
 * signed in in their own browser, joins with the codes and waits; the supervisor, in the other
 * browser and without an account, opens the room, admits the pupil and sees their progress and
 * their end arrive by push; the pupil's page moves on by itself and the pupil completes the test.
 */
@ExtendWith(WithKeycloak.class)
class CertificationBrowserIT extends BrowserJourney {
  private static final LocalDate NEXT_MONTH =
      LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(1);
  private static final LocalDate BORN = LocalDate.of(2011, 2, 3);

  @Test
  @DisplayName(
      "The pupil joins with the codes, the supervisor admits them from another browser and watches the answers and the end arrive by push")
  void twoBrowsers() throws Exception {
    TestData.School school = data.school("Collège Certif Jour J");
    Person officer = data.person("Karim", "Centre");
    data.centreOfficer(school, officer);
    data.pupilRecord(school, "MARTIN", "Léa", BORN, "3A");
    Person pupil = data.person("Léa", "Martin");
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
      assertThat(candidate.path()).startsWith("/app/certification-attente");
      Accessibility.assertNoViolations(pupilBrowser);

      SupervisorRoomPage room = SupervisorRoomPage.open(browser).enter(number, password);
      room.awaitStatus("MARTIN", "En attente");
      Accessibility.assertNoViolations(browser);
      room.admit("MARTIN");

      candidate.awaitFirstQuestion();
      assertThat(candidate.text("progress")).startsWith("Question 1 sur ");
      room.awaitStatus("MARTIN", "En cours");
      Accessibility.assertNoViolations(pupilBrowser);
      int skipped = candidate.skipToTheEnd();

      assertThat(candidate.text("end-status"))
          .isEqualTo("Vous avez terminé votre test de certification.");
      room.awaitStatus("MARTIN", "Terminé").awaitAnswered("MARTIN", skipped + " / " + skipped);
      assertThat(skipped).isEqualTo(15);
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
              .flatMap(
                  tube ->
                      java.util.stream.Stream.of(
                          "@" + tube + "1", "@" + tube + "2", "@" + tube + "3"))
              .toList();
      data.completedPositioning(person, competence.get(0), 10, skills, List.of());
    }
  }
}
