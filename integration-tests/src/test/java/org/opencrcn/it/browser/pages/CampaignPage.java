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
}
