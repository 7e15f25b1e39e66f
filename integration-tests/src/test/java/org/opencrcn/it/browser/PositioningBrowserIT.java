package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.CheckpointPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.browser.pages.QuestionPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.Person;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A learner starts a positioning test from the dashboard, answers, sees the checkpoint and the
 * result. Every test signs in as a learner of its own, so that the figures it reads are exactly
 * those of its own tests.
 */
@ExtendWith(WithKeycloak.class)
class PositioningBrowserIT extends BrowserJourney {
  /** What the demo pupil's first test on 1.2 left: levels 1 and 2 validated (16 pix). */
  private static final List<String> C12_VALIDATED =
      List.of("@c12fichiers1", "@c12fichiers2", "@c12stockage1", "@c12stockage2");

  private static final List<String> C12_INVALIDATED =
      List.of(
          "@c12fichiers3",
          "@c12fichiers4",
          "@c12stockage3",
          "@c12stockage4",
          "@c12stockage5",
          "@c12stockage6",
          "@c12archives3",
          "@c12archives4",
          "@c12archives5",
          "@c12archives6");

  /** And on 2.4: level 1 only. */
  private static final List<String> C24_VALIDATED =
      List.of("@c24civilite1", "@c24civilite2", "@c24identite1");

  private static final List<String> C24_INVALIDATED =
      List.of(
          "@c24civilite3",
          "@c24civilite4",
          "@c24identite2",
          "@c24identite3",
          "@c24identite4",
          "@c24citoyen2",
          "@c24citoyen3",
          "@c24citoyen4",
          "@c24citoyen5",
          "@c24citoyen6",
          "@c24economie3",
          "@c24economie4",
          "@c24economie5",
          "@c24economie6");

  @Test
  @DisplayName(
      "A learner skips every question of a competence and ends at level 0, with a checkpoint every 5 answers")
  void skipToResult() {
    signInAs(data.person("Lucie", "Passetout")).awaitPath("/app/");
    // A learner who skips everything is asked 5 questions (./simulate.sh content/crcn 1 1 threshold
    // 0 0 0 0), a checkpoint's worth.
    browser
        .findElement(By.cssSelector("input[title=\"Sécuriser l'environnement numérique\"]"))
        .click();
    new OpenCrcnPage(browser).awaitPath("/app/test.xhtml");
    assertThat(browser.findElement(By.id("instruction")).getText()).isNotBlank();
    assertThat(browser.findElement(By.id("test-progress")).getAttribute("value")).isEqualTo("0");
    Accessibility.assertNoViolations(browser);

    int questions = 0;
    boolean sawCheckpoint = false;
    while (!browser.getCurrentUrl().contains("/app/result.xhtml") && questions < 40) {
      if (browser.getCurrentUrl().contains("/app/checkpoint.xhtml")) {
        sawCheckpoint = true;
        assertThat(browser.findElements(By.cssSelector("#checkpoint-answers li"))).hasSize(5);
        assertThat(browser.findElements(By.cssSelector("#tutorials .tutorial-link"))).isNotEmpty();
        Accessibility.assertNoViolations(browser);
        new CheckpointPage(browser).continueTest();
      } else {
        new QuestionPage(browser).skip();
        questions++;
      }
    }

    new OpenCrcnPage(browser).awaitPath("/app/result.xhtml");
    assertThat(browser.findElement(By.id("result-level")).getText())
        .isEqualTo("Vous avez atteint le niveau 0");
    assertThat(questions).isGreaterThanOrEqualTo(5);
    assertThat(sawCheckpoint).isTrue();
    Accessibility.assertNoViolations(browser);
  }

  @Test
  @DisplayName(
      "A pupil answers every question of a competence right, sees a checkpoint, reaches level 6 and sees it on the dashboard")
  void pupilPositionsToTheEnd() {
    // A learner who knows everything is asked 7 questions on 3.3.
    signInAs(data.person("Jules", "Saittout")).awaitPath("/app/");
    WebElement tile = browser.findElement(By.id("tile-3.3"));
    assertThat(tile.getText()).contains("Non commencée");
    tile.findElement(By.cssSelector("input[type=submit]")).click();
    new OpenCrcnPage(browser).awaitPath("/app/test.xhtml");
    QuestionPage.awaitTestPage(browser);

    QuestionPage question = new QuestionPage(browser);
    int answered = 0;
    boolean sawCheckpoint = false;
    while (!browser.getCurrentUrl().contains("/app/result.xhtml") && answered < 40) {
      if (browser.getCurrentUrl().contains("/app/checkpoint.xhtml")) {
        sawCheckpoint = true;
        assertThat(browser.findElements(By.cssSelector("#checkpoint-answers li.answer-ok")))
            .hasSize(5);
        assertThat(browser.findElements(By.cssSelector("#tutorials .tutorial-link")))
            .as("nothing failed, no tutorial")
            .isEmpty();
        Accessibility.assertNoViolations(browser);
        new CheckpointPage(browser).continueTest();
      } else {
        if (answered == 0) {
          Accessibility.assertNoViolations(browser);
          submitTamperedForm();
        }
        question.answerRight();
        answered++;
      }
    }

    new OpenCrcnPage(browser).awaitPath("/app/result.xhtml");
    assertThat(browser.findElement(By.id("space-title")).getText()).isEqualTo("Félicitations !");
    assertThat(browser.findElement(By.id("result-level")).getText())
        .isEqualTo("Vous avez atteint le niveau 6");
    assertThat(browser.findElement(By.id("result-pix")).getText()).contains("48 pix");
    assertThat(browser.findElement(By.id("result-reset")).getText())
        .isEqualTo("Remise à zéro disponible dans 7 jour(s).");
    assertThat(sawCheckpoint).isTrue();
    assertThat(answered).isGreaterThanOrEqualTo(6);
    Accessibility.assertNoViolations(browser);

    browser.findElement(By.id("back")).click();
    new OpenCrcnPage(browser).awaitPath("/app/index.xhtml");
    WebElement done = browser.findElement(By.id("tile-3.3"));
    assertThat(done.findElement(By.cssSelector(".tile-level")).getText()).isEqualTo("Niveau 6");
    assertThat(done.getText())
        .contains("48 pix")
        .contains("Remise à zéro disponible dans 7 jour(s).");
    assertThat(done.findElements(By.cssSelector("input[type=submit]")))
        .as("no start, no improve at level 6")
        .isEmpty();
    // Her only test: the total is this competence's.
    assertThat(browser.findElement(By.id("total-pix")).getText()).isEqualTo("48 pix / 1024");
    Accessibility.assertNoViolations(browser);
  }

  @Test
  @DisplayName(
      "A pupil resets a competence after confirming, and tries another one again: both offered since her tests are 10 days old")
  void pupilResetsAndImproves() {
    // Her tests on 1.2 (level 2, 16 pix) and 2.4 (level 1) ended ten days ago: past the delays of
    // 4 days (try again) and 7 days (reset).
    Person pupil = data.person("Inès", "Recommence");
    data.completedPositioning(pupil, "1.2", 10, C12_VALIDATED, C12_INVALIDATED);
    data.completedPositioning(pupil, "2.4", 10, C24_VALIDATED, C24_INVALIDATED);
    signInAs(pupil).awaitPath("/app/");
    WebElement reset = browser.findElement(By.id("tile-1.2"));
    assertThat(reset.findElement(By.cssSelector(".tile-level")).getText()).isEqualTo("Niveau 2");
    assertThat(reset.getText()).contains("16 pix");
    reset.findElement(By.linkText("Remettre à zéro")).click();

    new OpenCrcnPage(browser).awaitPath("/app/reset.xhtml");
    assertThat(browser.findElement(By.id("reset-warning")).getText())
        .contains("niveau 2 et 16 pix");
    Accessibility.assertNoViolations(browser);
    browser.findElement(By.id("reset:confirm")).click();
    new OpenCrcnPage(browser).awaitPath("/app/index.xhtml");
    WebElement afterReset = browser.findElement(By.id("tile-1.2"));
    assertThat(afterReset.getText()).contains("Non commencée").doesNotContain("16 pix");
    assertThat(afterReset.findElement(By.cssSelector("input[type=submit]")).getAttribute("value"))
        .isEqualTo("Commencer");

    WebElement improve = browser.findElement(By.id("tile-2.4"));
    assertThat(improve.findElement(By.cssSelector(".tile-level")).getText()).isEqualTo("Niveau 1");
    improve.findElement(By.cssSelector("input[value='Retenter']")).click();
    new OpenCrcnPage(browser).awaitPath("/app/test.xhtml");
    QuestionPage.awaitTestPage(browser);
    assertThat(browser.findElement(By.id("test-competence")).getText())
        .isEqualTo("S'insérer dans le monde numérique");
    assertThat(browser.findElement(By.id("test-progress")).getAttribute("value"))
        .as("the skills validated before count as known")
        .isNotEqualTo("0");
    browser.findElement(By.id("quit")).click();
    new OpenCrcnPage(browser).awaitPath("/app/index.xhtml");
    WebElement improving = browser.findElement(By.id("tile-2.4"));
    assertThat(improving.getText()).contains("En cours");
    assertThat(improving.findElement(By.cssSelector("input[type=submit]")).getAttribute("value"))
        .isEqualTo("Reprendre");
    Accessibility.assertNoViolations(browser);
  }

  /**
   * Sends the question's form with a choice no question offers (as a tampered page would) and its
   * real fields empty: whatever the question's type, it is refused with a message, nothing
   * recorded.
   */
  private void submitTamperedForm() {
    QuestionPage question = new QuestionPage(browser);
    String before = question.progress();

    String message = question.submitTamperedChoice();

    assertThat(message)
        .containsAnyOf("ne fait pas partie des réponses proposées", "Répondez avant de valider");
    assertThat(question.progress()).as("nothing recorded").isEqualTo(before);
    Accessibility.assertNoViolations(browser);
  }

  @Test
  @DisplayName(
      "A learner who opens another learner's (or no) test by its address gets the 403 page")
  void someoneElsesTest() {
    Person other = data.person("Autre", "Apprenant");
    long othersTest = data.completedPositioning(other, "1.2", 1, C12_VALIDATED, C12_INVALIDATED);
    signInAs(data.person("Curieux", "Apprenant")).awaitPath("/app/");

    for (String page : List.of("/app/test.xhtml", "/app/result.xhtml")) {
      OpenCrcnPage someoneElses = OpenCrcnPage.open(browser, page + "?assessment=" + othersTest);
      assertThat(someoneElses.has("error-403")).as(page).isTrue();
      assertThat(someoneElses.has("result-level")).as(page).isFalse();
      assertThat(OpenCrcnPage.open(browser, page + "?assessment=999999999").has("error-403"))
          .as(page + " of no test")
          .isTrue();
    }
  }
}
