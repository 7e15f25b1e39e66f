package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.browser.pages.QuestionPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.DemoAccounts;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.By;

/**
 * Two learners answer the same QCUs, each seeing the proposals in an order of their own, and both
 * are validated. The smartphone discovery test's second skill, @c32images1, has two French
 * challenges, both QCUs: a learner who takes the test twice is asked both (a run draws among the
 * declinations not yet seen).
 */
@ExtendWith(WithKeycloak.class)
class ShuffledProposalsBrowserIT extends BrowserJourney {
  private static final String SMARTPHONE_TEST = "Découverte : smartphone et tablette";

  @Test
  @DisplayName(
      "Two learners see one QCU's proposals in different orders, the same on reload, and both are validated")
  void twoLearnersTwoOrders() {
    Map<String, List<Integer>> first = ordersSeenByNewLearner();
    Map<String, List<Integer>> second = ordersSeenByNewLearner();

    assertThat(first.keySet()).containsExactlyInAnyOrder("c32images-1-a", "c32images-1-b");
    assertThat(second.keySet()).isEqualTo(first.keySet());
    // Each learner's order is a uniform shuffle of 4 proposals: two learners share one order of a
    // challenge with a chance of 1 in 24, both challenges' orders with 1 in 576. The orders depend
    // only on the accounts and the challenges, so this never flickers for given accounts.
    assertThat(first).isNotEqualTo(second);
  }

  /**
   * A new learner takes the smartphone discovery test twice, answering the QCU of the second skill
   * right and skipping the rest; returns the order of the proposals each QCU was shown in.
   */
  private Map<String, List<Integer>> ordersSeenByNewLearner() {
    String username = "shuffle-" + UUID.randomUUID().toString().substring(0, 8);
    OpenCrcnPage.open(browser, "/")
        .clickSignIn()
        .openRegistration()
        .register(username, username + "@example.org", "Alex", "Mélange", DemoAccounts.PASSWORD);
    OpenCrcnPage page = new OpenCrcnPage(browser).awaitPath("/app/");
    Map<String, List<Integer>> orders = new HashMap<>();
    for (int run = 1; run <= 2; run++) {
      OpenCrcnPage.open(browser, "/app/index.xhtml");
      browser
          .findElement(By.cssSelector("#discovery-tests a[title=\"" + SMARTPHONE_TEST + "\"]"))
          .click();
      page.awaitPath("/app/decouverte-accueil.xhtml");
      browser.findElement(By.id("start:go")).click();
      page.awaitPath("/app/decouverte.xhtml");

      QuestionPage question = new QuestionPage(browser);
      question.skip();
      String challenge = question.challengeId();
      assertThat(challenge).startsWith("c32images-1-");
      List<Integer> shown = question.proposalOrder();
      assertThat(shown).containsExactlyInAnyOrder(1, 2, 3, 4);
      browser.navigate().refresh();
      QuestionPage.awaitTestPage(browser);
      assertThat(question.challengeId()).isEqualTo(challenge);
      assertThat(question.proposalOrder()).as("the same order on reload").isEqualTo(shown);
      if (run == 1) {
        Accessibility.assertNoViolations(browser);
      }
      orders.put(challenge, shown);
      question.answerRight();
      while (!browser.getCurrentUrl().contains("/app/decouverte-bilan.xhtml")) {
        question.skip();
      }
      page.awaitPath("/app/decouverte-bilan.xhtml");
      assertThat(page.text("discovery-score"))
          .as("the QCU answered in the shuffled order is right")
          .isEqualTo("1 / 6 réponses justes");
    }
    page.signOut();
    return orders;
  }
}
