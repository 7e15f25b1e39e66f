package org.opencrcn.it.browser.pages;

import java.util.List;
import org.opencrcn.it.support.Urls;
import org.opencrcn.it.support.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** "Mes tutos": the learner's saved tutorials, or the empty state. */
public class MyTutorialsPage {
  private final WebDriver browser;

  private MyTutorialsPage(WebDriver browser) {
    this.browser = browser;
    Waits.atAddressStartingWith(browser, Urls.app("/app/tutos.xhtml"));
  }

  /** Through the "Mes tutos" link of the navigation. */
  public static MyTutorialsPage fromNavigation(WebDriver browser) {
    browser.findElement(By.id("nav-tutos")).click();
    return new MyTutorialsPage(browser);
  }

  public List<String> titles() {
    return browser.findElements(By.cssSelector("#saved-tutorials .tutorial-link")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public WebElement link(String title) {
    return item(title).findElement(By.className("tutorial-link"));
  }

  public String competence(String title) {
    return item(title).findElement(By.className("tutorial-competence")).getText();
  }

  public WebElement removeButton(String title) {
    return item(title).findElement(By.className("tutorial-toggle"));
  }

  /** Presses the tutorial's Remove button and waits for the Ajax update to take it off the list. */
  public MyTutorialsPage remove(String title) {
    removeButton(title).click();
    // The Ajax update replaces the elements while they are read: Waits reads them again.
    Waits.until(browser, title + " off the list", d -> !titles().contains(title));
    return this;
  }

  /** Removes whatever an earlier run left, so that the journey starts from an empty list. */
  public MyTutorialsPage removeAll() {
    titles().forEach(this::remove);
    return this;
  }

  public boolean showsEmptyState() {
    return !browser.findElements(By.id("tutos-empty")).isEmpty();
  }

  public String emptyState() {
    return browser.findElement(By.id("tutos-empty")).getText();
  }

  public String status() {
    return browser.findElement(By.id("tutorial-status")).getText();
  }

  public String focusedId() {
    return (String)
        ((JavascriptExecutor) browser).executeScript("return document.activeElement.id");
  }

  private WebElement item(String title) {
    return browser.findElements(By.cssSelector("#saved-tutorials li")).stream()
        .filter(item -> item.findElement(By.className("tutorial-link")).getText().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No saved tutorial titled " + title));
  }
}
