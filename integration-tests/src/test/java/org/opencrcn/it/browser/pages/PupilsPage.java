package org.opencrcn.it.browser.pages;

import java.nio.file.Path;
import java.util.List;
import org.opencrcn.it.support.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

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
    Waits.until(
        browser,
        "the page after the upload",
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
    Waits.nonBlankText(browser, By.id("upload:file-message"));
    return this;
  }

  /**
   * Tries to upload a file the page refuses before sending it (too large); returns once the page
   * says so.
   */
  public PupilsPage uploadRefusedBeforeSending(Path file) {
    browser.findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
    browser.findElement(By.id("upload:import")).click();
    Waits.visible(browser, By.id("upload:file-too-large"));
    return this;
  }

  /** Whether the file field is marked invalid for assistive technologies. */
  public boolean fileMarkedInvalid() {
    return "true".equals(browser.findElement(By.id("upload:file")).getAttribute("aria-invalid"));
  }

  /** Waits until the polled progress gives way to the report. */
  public PupilsPage awaitReport() {
    Waits.present(browser, By.id("report-outcome"));
    return this;
  }

  public PupilsPage filterByDivision(String division) {
    new Select(browser.findElement(By.id("pupils-form:division"))).selectByVisibleText(division);
    browser.findElement(By.id("pupils-form:filter")).click();
    // The table is re-rendered by Ajax: Waits reads the rows again until they are all of that class
    // (and there are some: the table before the update holds rows too, of every class).
    Waits.nonEmptyAllMatching(
        browser, "pupils of " + division + " only", this::divisions, division::equals);
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
