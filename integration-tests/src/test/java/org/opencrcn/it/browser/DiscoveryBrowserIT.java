package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.browser.pages.QuestionPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.DemoAccounts;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.By;

/** A learner takes a discovery test from the dashboard to the result page. */
@ExtendWith(WithKeycloak.class)
class DiscoveryBrowserIT extends BrowserJourney {
  private static final String SMARTPHONE_TEST = "Découverte : smartphone et tablette";

  @Test
  @DisplayName(
      "A learner starts the smartphone discovery test from the dashboard, skips every question and scores 0 / 6, with tutorials")
  void skipToResult() {
    // The teacher is a learner too; the other journeys use the pupil and the director, and only
    // this one answers the teacher's discovery tests (always skipping), so the score is always 0.
    signInAs(DemoAccounts.TEACHER).awaitPath("/orga/");
    OpenCrcnPage page = OpenCrcnPage.open(browser, "/app/index.xhtml");
    assertThat(page.texts("#discovery-tests .discovery-tile strong"))
        .contains("Test de découverte", SMARTPHONE_TEST);
    assertThat(page.texts("#discovery-tests .tile-state"))
        .contains("9 acquis testés", "6 acquis testés");
    Accessibility.assertNoViolations(browser);

    browser
        .findElement(By.cssSelector("#discovery-tests a[title=\"" + SMARTPHONE_TEST + "\"]"))
        .click();
    page.awaitPath("/app/decouverte-accueil.xhtml");
    assertThat(page.heading()).isEqualTo(SMARTPHONE_TEST);
    assertThat(page.texts("#discovery-skills li"))
        .hasSize(6)
        .first()
        .isEqualTo("Mener une recherche et une veille d'information (niveau 1)");
    assertThat(page.text("discovery-no-effect")).contains("ne modifie pas votre profil");
    Accessibility.assertNoViolations(browser);

    browser.findElement(By.id("start:go")).click();
    page.awaitPath("/app/decouverte.xhtml");
    assertThat(page.text("progress")).matches("Question [1-6] / 6");
    assertThat(page.text("instruction")).isNotBlank();
    Accessibility.assertNoViolations(browser);

    int skipped = 0;
    while (!browser.getCurrentUrl().contains("/app/decouverte-bilan.xhtml") && skipped < 6) {
      new QuestionPage(browser).skip();
      skipped++;
    }

    page.awaitPath("/app/decouverte-bilan.xhtml");
    assertThat(page.text("discovery-score")).isEqualTo("0 / 6 réponses justes");
    assertThat(page.texts("#discovery-answers li"))
        .hasSize(6)
        .allSatisfy(line -> assertThat(line).endsWith("réponse incorrecte ou passée"));
    assertThat(page.texts("#tutorials .tutorial-link")).isNotEmpty();
    assertThat(page.text("discovery-no-effect"))
        .isEqualTo("Ce test n'a pas modifié votre profil de compétences.");
    Accessibility.assertNoViolations(browser);
  }
}
