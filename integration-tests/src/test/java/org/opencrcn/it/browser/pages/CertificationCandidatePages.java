package org.opencrcn.it.browser.pages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.opencrcn.it.support.Urls;
import org.opencrcn.it.support.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * The candidate's side of a certification: joining with the codes, the waiting page that moves on
 * by itself, the questions (the learner's question page), the end page.
 */
public class CertificationCandidatePages extends OpenCrcnPage {
  private final WebDriver browser;

  public CertificationCandidatePages(WebDriver browser) {
    super(browser);
    this.browser = browser;
  }

  /** "Certification" in the learner's navigation. */
  public CertificationCandidatePages openFromNavigation() {
    submit("nav-certification");
    Waits.present(browser, By.id("join:submit"));
    return this;
  }

  /** Types the codes and identity and joins; waits for the next page (waiting, or a refusal). */
  public CertificationCandidatePages join(
      String session, String accessCode, String familyName, String firstName, LocalDate born) {
    retype("join:session", session);
    retype("join:code", accessCode);
    retype("join:familyName", familyName);
    retype("join:firstName", firstName);
    retype("join:birthdate", born.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    submit("join:submit");
    return this;
  }

  private void retype(String id, String text) {
    browser.findElement(By.id(id)).clear();
    type(id, text);
  }

  /**
   * Waits until the waiting page has moved on to the first question by itself. When it does not,
   * the failure says where the browser stayed and what the page showed.
   */
  public QuestionPage awaitFirstQuestion() {
    try {
      Waits.atAddressStartingWith(browser, Urls.app("/app/certification-test"));
      QuestionPage.awaitTestPage(browser);
    } catch (TimeoutException e) {
      String body = browser.findElement(By.tagName("body")).getText();
      throw new AssertionError(
          "No first question: the browser is at "
              + browser.getCurrentUrl()
              + ", showing: "
              + body.substring(0, Math.min(body.length(), 600)),
          e);
    }
    return new QuestionPage(browser);
  }

  /**
   * Opens the test's address in a second tab of this browser and returns what that tab says at
   * once, before anything is answered there; the tab is then closed and the first one used again.
   */
  public String secondTabNotice() {
    String first = browser.getWindowHandle();
    String address = browser.getCurrentUrl();
    browser.switchTo().newWindow(WindowType.TAB);
    try {
      browser.get(address);
      return Waits.until(
          browser,
          "the notice that another tab holds the test",
          b ->
              b.findElements(By.id("other-tab")).stream()
                  .filter(WebElement::isDisplayed)
                  .filter(
                      notice ->
                          b.findElements(By.cssSelector("#answer")).stream()
                              .noneMatch(WebElement::isDisplayed))
                  .map(WebElement::getText)
                  .findFirst()
                  .orElse(null));
    } finally {
      browser.close();
      browser.switchTo().window(first);
    }
  }

  /** Answers every question right until the end page; returns how many were answered. */
  public int answerAllRight() {
    int answered = 0;
    while (!browser.findElements(By.cssSelector("article[data-challenge]")).isEmpty()) {
      new QuestionPage(browser).fillRight();
      validate();
      answered++;
    }
    Waits.present(browser, By.id("end-status"));
    return answered;
  }

  /** "Je valide" on the current question; waits for the next page. */
  private void validate() {
    var article = browser.findElement(By.cssSelector("article[data-challenge]"));
    browser.findElement(By.id("answer:validate")).click();
    Waits.gone(browser, article);
    Waits.nonEmpty(
        browser,
        "a question or the end page",
        () -> browser.findElements(By.cssSelector("article[data-challenge], #end-status")));
  }
}
