package org.opencrcn.it.browser.pages;

import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Submitting a form and waiting for the page that replaces it. */
final class Reloads {
  private Reloads() {}

  /**
   * Clicks and waits until the clicked element has left the document. While the new page loads,
   * Chromium may answer a look at the old element with a generic error rather than "stale": those
   * are polled past, not failures.
   */
  static void clickAndAwaitNewPage(WebDriver browser, WebElement button) {
    button.click();
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .ignoring(WebDriverException.class)
        .until(ExpectedConditions.stalenessOf(button));
  }
}
