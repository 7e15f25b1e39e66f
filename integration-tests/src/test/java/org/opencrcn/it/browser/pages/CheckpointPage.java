package org.opencrcn.it.browser.pages;

import java.util.List;
import org.opencrcn.it.support.Urls;
import org.opencrcn.it.support.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The checkpoint of a positioning test: its tutorials and their Save / Remove buttons. */
public class CheckpointPage {
  private final WebDriver browser;

  public CheckpointPage(WebDriver browser) {
    this.browser = browser;
    Waits.atAddressStartingWith(browser, Urls.app("/app/checkpoint.xhtml"));
  }

  public static CheckpointPage open(WebDriver browser, String assessmentId) {
    browser.get(Urls.app("/app/checkpoint.xhtml?assessment=" + assessmentId));
    return new CheckpointPage(browser);
  }

  public List<String> tutorialTitles() {
    return browser.findElements(By.cssSelector("#tutorials .tutorial-link")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The Save / Remove button next to the tutorial. */
  public WebElement toggleOf(String title) {
    return browser.findElements(By.cssSelector("#tutorials li")).stream()
        .filter(item -> item.findElement(By.className("tutorial-link")).getText().equals(title))
        .findFirst()
        .map(item -> item.findElement(By.className("tutorial-toggle")))
        .orElseThrow(
            () -> new AssertionError("No tutorial titled " + title + " at the checkpoint"));
  }

  /** Presses the tutorial's button and waits for the Ajax update to relabel it. */
  public CheckpointPage toggle(String title) {
    String before = toggleOf(title).getAttribute("value");
    toggleOf(title).click();
    // The Ajax update replaces the elements while they are read: Waits reads them again.
    Waits.until(
        browser,
        "the button of " + title + " relabelled",
        d -> !toggleOf(title).getAttribute("value").equals(before));
    return this;
  }

  /** "Continuer": on to the next question (or the result), once it is there. */
  public void continueTest() {
    Waits.clickAndAwaitNewPage(browser, browser.findElement(By.id("continue")));
    QuestionPage.awaitTestPage(browser);
  }

  public String status() {
    return browser.findElement(By.id("tutorial-status")).getText();
  }

  public String focusedId() {
    return (String)
        ((JavascriptExecutor) browser).executeScript("return document.activeElement.id");
  }
}
