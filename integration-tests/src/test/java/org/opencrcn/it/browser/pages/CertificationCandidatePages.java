package org.opencrcn.it.browser.pages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.opencrcn.it.support.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

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

  /** Waits until the waiting page has moved on to the first question by itself. */
  public QuestionPage awaitFirstQuestion() {
    Waits.atAddressStartingWith(browser, "/app/certification-test");
    QuestionPage.awaitTestPage(browser);
    return new QuestionPage(browser);
  }

  /** Skips questions until the end page; returns how many were skipped. */
  public int skipToTheEnd() {
    int skipped = 0;
    while (!browser.findElements(By.cssSelector("article[data-challenge]")).isEmpty()) {
      skipOne();
      skipped++;
    }
    Waits.present(browser, By.id("end-status"));
    return skipped;
  }

  /** "Je passe" on the current question; waits for the next page. */
  private void skipOne() {
    var article = browser.findElement(By.cssSelector("article[data-challenge]"));
    browser.findElement(By.id("answer:skip")).click();
    Waits.gone(browser, article);
    Waits.nonEmpty(
        browser,
        "a question or the end page",
        () -> browser.findElements(By.cssSelector("article[data-challenge], #end-status")));
  }
}
