package org.opencrcn.it.browser.pages;

import java.util.List;
import org.opencrcn.it.support.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Orga's campaign page: header (code, link, QR code) and its tabs. */
public class CampaignPage extends OpenCrcnPage {
  private final WebDriver browser;

  public CampaignPage(WebDriver browser) {
    super(browser);
    this.browser = browser;
  }

  public String code() {
    return text("campaign-code");
  }

  /** Opens a tab by its address parameter (details, participants, resultats, analyse). */
  public CampaignPage tab(String tab) {
    WebElement link = browser.findElement(By.cssSelector("a.tab-" + tab));
    Waits.clickAndAwaitNewPage(browser, link);
    Waits.present(browser, By.id("campaign-code"));
    return this;
  }

  public List<String> participantNames() {
    return Waits.nonEmpty(browser, "participants", () -> texts(".participant-name"));
  }

  public List<String> participantShared() {
    return texts(".participant-shared");
  }

  public List<String> resultRows() {
    return Waits.nonEmpty(browser, "results", () -> texts("#results-competences .result-row"));
  }

  public List<String> analysisTopics() {
    return Waits.nonEmpty(browser, "analysis", () -> texts("#analysis .analysis-topic"));
  }

  /**
   * Starts a large campaign's export in the background ("xlsx" or "csv") and waits until the page's
   * progress bar, polling, says the file is ready and shows its download link.
   */
  public CampaignPage exportInBackground(String format) {
    WebElement start = browser.findElement(By.id("export-form:export-start-" + format));
    Waits.clickAndAwaitNewPage(browser, start);
    Waits.present(browser, By.id("export-progress"));
    Waits.present(browser, By.id("export-download"));
    return this;
  }

  /** The progress bar's value, as assistive technologies read it. */
  public String exportProgress() {
    return browser.findElement(By.id("export-progress")).getAttribute("value");
  }

  public String exportStatus() {
    return text("export-progress-label");
  }
}
