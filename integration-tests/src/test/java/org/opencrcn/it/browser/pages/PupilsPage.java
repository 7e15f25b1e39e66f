package org.opencrcn.it.browser.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Orga's pupils page: the SIECLE upload, the import's progress and report, the filtered table. */
public class PupilsPage extends OpenCrcnPage {
  private final WebDriver browser;

  public PupilsPage(WebDriver browser) {
    super(browser);
    this.browser = browser;
  }

  /** Uploads the file and returns once the page shows the import (running or already over). */
  public PupilsPage upload(Path file) {
    browser.findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
    // The page before the upload may show an earlier import: marked, so as to wait for its
    // successor.
    ((JavascriptExecutor) browser)
        .executeScript("document.documentElement.dataset.beforeUpload = 'yes'");
    browser.findElement(By.id("upload:import")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(
            d -> {
              Object before =
                  ((JavascriptExecutor) d)
                      .executeScript(
                          "return document.readyState === 'complete' ? document.documentElement.dataset.beforeUpload || 'no' : 'yes'");
              return "no".equals(before) && !d.findElements(By.id("import")).isEmpty();
            });
    return this;
  }

  /**
   * Sends a file the server refuses before any import (an empty one): returns once the page answers
   * with the file field's message.
   */
  public PupilsPage submitFile(Path file) {
    browser.findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
    browser.findElement(By.id("upload:import")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(By.id("upload:file-message")).stream()
                    .anyMatch(message -> !message.getText().isBlank()));
    return this;
  }

  /** Waits until the polled progress gives way to the report. */
  public PupilsPage awaitReport() {
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("report-outcome")));
    return this;
  }

  public PupilsPage filterByDivision(String division) {
    new Select(browser.findElement(By.id("pupils-form:division"))).selectByVisibleText(division);
    browser.findElement(By.id("pupils-form:filter")).click();
    // The table is re-rendered by Ajax: rows read mid-update are stale, read them again.
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> divisions().stream().allMatch(division::equals));
    return this;
  }

  public List<String> familyNames() {
    return browser.findElements(By.cssSelector("#pupils-form\\:pupils .family-name")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public List<String> divisions() {
    return browser.findElements(By.cssSelector("#pupils-form\\:pupils .division")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
