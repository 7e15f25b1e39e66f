package org.opencrcn.it.browser.pages;

import org.opencrcn.it.support.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A learner's way through a campaign: "J'ai un code", the landing page, the participation. */
public class CampaignLearnerPages extends OpenCrcnPage {
  private final WebDriver browser;

  public CampaignLearnerPages(WebDriver browser) {
    super(browser);
    this.browser = browser;
  }

  /** Types the code on "J'ai un code" and waits for the landing page. */
  public CampaignLearnerPages enterCode(String code) {
    Waits.clickAndAwaitNewPage(browser, browser.findElement(By.id("nav-code")));
    browser.findElement(By.id("code-form:code")).sendKeys(code);
    Waits.clickAndAwaitNewPage(browser, browser.findElement(By.id("code-form:open")));
    Waits.present(browser, By.id("landing-name"));
    return this;
  }

  /** Joins from the landing page; waits for the participation page. */
  public CampaignLearnerPages join() {
    Waits.clickAndAwaitNewPage(browser, browser.findElement(By.id("join-form:join")));
    Waits.present(browser, By.id("participation-status"));
    return this;
  }

  /** Starts the first competence still to test, or returns false when none is left. */
  public boolean playNext() {
    var buttons = browser.findElements(By.cssSelector("#steps-form input[type=submit]"));
    if (buttons.isEmpty()) {
      return false;
    }
    Waits.clickAndAwaitNewPage(browser, buttons.getFirst());
    QuestionPage.awaitTestPage(browser);
    return true;
  }

  /** Answers rightly until the test's result page, then comes back to the participation. */
  public CampaignLearnerPages answerAllRight(String participationAddress) {
    QuestionPage question = new QuestionPage(browser);
    for (int guard = 0;
        guard < 60 && !browser.getCurrentUrl().contains("/app/result.xhtml");
        guard++) {
      if (browser.getCurrentUrl().contains("/app/checkpoint.xhtml")) {
        new CheckpointPage(browser).continueTest();
      } else {
        question.answerRight();
      }
    }
    Waits.addressContaining(browser, "/app/result.xhtml");
    browser.get(participationAddress);
    Waits.present(browser, By.id("participation-status"));
    return this;
  }

  public String status() {
    return text("participation-status");
  }

  /** "J'envoie mes résultats"; waits for the page again. */
  public CampaignLearnerPages share() {
    WebElement button = browser.findElement(By.id("share-form:share"));
    Waits.clickAndAwaitNewPage(browser, button);
    Waits.present(browser, By.id("participation-shared-at"));
    return this;
  }
}
