package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.CheckpointPage;
import org.opencrcn.it.browser.pages.MyTutorialsPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.browser.pages.QuestionPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.DemoAccounts;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.By;

/** A learner saves a tutorial at a checkpoint, finds it in "Mes tutos", and removes it. */
@ExtendWith(WithKeycloak.class)
class MyTutorialsBrowserIT extends BrowserJourney {
  private static final Pattern ASSESSMENT = Pattern.compile("assessment=(\\d+)");
  private static final Pattern QUESTION_NUMBER = Pattern.compile("Question (\\d+)");

  @Test
  @DisplayName(
      "Save a checkpoint's tutorial, see it in Mes tutos, remove it, and the empty state shows")
  void saveFindRemove() {
    // The centre officer is a learner too; no other journey tests as them.
    signInAs(DemoAccounts.CENTRE_OFFICER).awaitPath("/certif/");
    OpenCrcnPage.open(browser, "/app/index.xhtml");
    MyTutorialsPage.fromNavigation(browser).removeAll();
    CheckpointPage checkpoint = reachCheckpoint();
    String title = checkpoint.tutorialTitles().get(0);
    String buttonId = checkpoint.toggleOf(title).getAttribute("id");
    assertThat(checkpoint.toggleOf(title).getAttribute("value")).isEqualTo("Enregistrer");
    assertThat(checkpoint.toggleOf(title).getAttribute("aria-label"))
        .isEqualTo("Enregistrer le tuto « " + title + " » dans Mes tutos");

    checkpoint.toggle(title);

    assertThat(checkpoint.toggleOf(title).getAttribute("value")).isEqualTo("Retirer");
    assertThat(checkpoint.toggleOf(title).getAttribute("aria-label"))
        .isEqualTo("Retirer le tuto « " + title + " » de Mes tutos");
    assertThat(checkpoint.status())
        .isEqualTo("Le tuto « " + title + " » est enregistré dans Mes tutos.");
    assertThat(checkpoint.focusedId()).isEqualTo(buttonId);
    Accessibility.assertNoViolations(browser);
    browser.navigate().refresh();
    assertThat(new CheckpointPage(browser).toggleOf(title).getAttribute("value"))
        .as("saved state read again")
        .isEqualTo("Retirer");

    MyTutorialsPage tutos = MyTutorialsPage.fromNavigation(browser);
    assertThat(tutos.titles()).containsExactly(title);
    assertThat(tutos.link(title).getAttribute("href")).startsWith("https://");
    assertThat(tutos.link(title).getAttribute("rel")).isEqualTo("noopener noreferrer");
    assertThat(tutos.competence(title))
        .startsWith("Compétence 4.1 – Sécuriser l'environnement numérique");
    Accessibility.assertNoViolations(browser);

    tutos.remove(title);

    assertThat(tutos.showsEmptyState()).isTrue();
    assertThat(tutos.emptyState()).startsWith("Vous n'avez pas encore enregistré de tuto.");
    assertThat(tutos.status()).isEqualTo("Le tuto « " + title + " » est retiré de Mes tutos.");
    assertThat(tutos.focusedId()).isEqualTo("space-title");
    Accessibility.assertNoViolations(browser);
    new OpenCrcnPage(browser).switchLanguage("en");
    assertThat(new OpenCrcnPage(browser).heading()).isEqualTo("My tutorials");
    assertThat(tutos.emptyState()).startsWith("You have not saved any tutorial yet.");
  }

  /**
   * Skips questions of 4.1 up to the checkpoint after 5 answers. A learner who skips everything is
   * asked 5 questions there with the default engine (./simulate.sh content/crcn 20 1 threshold 0 0
   * 0 0), 6 with smart-random; the test stays open at its checkpoint until the next question is
   * asked, and a later run past question 5 opens that checkpoint again by its address.
   */
  private CheckpointPage reachCheckpoint() {
    OpenCrcnPage.open(browser, "/app/index.xhtml");
    browser
        .findElement(By.cssSelector("input[title=\"Sécuriser l'environnement numérique\"]"))
        .click();
    new OpenCrcnPage(browser).awaitPath("/app/test.xhtml");
    QuestionPage.awaitTestPage(browser);
    for (int skipped = 0;
        skipped < 5 && !browser.getCurrentUrl().contains("/app/checkpoint.xhtml");
        skipped++) {
      String progress = browser.findElement(By.id("progress")).getText();
      Matcher number = QUESTION_NUMBER.matcher(progress);
      if (number.find() && Integer.parseInt(number.group(1)) > 5) {
        Matcher assessment = ASSESSMENT.matcher(browser.getCurrentUrl());
        assertThat(assessment.find()).isTrue();
        return CheckpointPage.open(browser, assessment.group(1));
      }
      new QuestionPage(browser).skip();
    }
    return new CheckpointPage(browser);
  }
}
