package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.DemoAccounts;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A learner starts a positioning test from the dashboard, answers, sees the checkpoint and the result. */
@ExtendWith(WithKeycloak.class)
class PositioningBrowserIT extends BrowserJourney {

  @Test
  @DisplayName("A learner skips every question of a competence and ends at level 0, with a checkpoint every 5 answers")
  void skipToResult() {
    // The director is a learner too; PositioningIT uses the pupil's tests, so the two never meet.
    signInAs(DemoAccounts.DIRECTOR).awaitPath("/orga/");
    OpenCrcnPage.open(browser, "/app/index.xhtml");
    // 4.1: a learner who skips everything is asked 6 questions there (./simulate.sh … 0 0 0 0).
    browser.findElement(By.cssSelector("input[title=\"Sécuriser l'environnement numérique\"]")).click();
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
        browser.findElement(By.id("continue")).click();
      } else {
        String before = browser.findElement(By.id("progress")).getText();
        browser.findElement(By.id("answer:skip")).click();
        questions++;
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
          var progress = d.findElements(By.id("progress"));
          return progress.isEmpty() || !progress.get(0).getText().equals(before);
        });
      }
    }

    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/app/result.xhtml"));
    assertThat(browser.findElement(By.id("result-level")).getText()).isEqualTo("Vous avez atteint le niveau 0");
    assertThat(questions).isGreaterThanOrEqualTo(5);
    assertThat(sawCheckpoint).isTrue();
    Accessibility.assertNoViolations(browser);
  }
}
