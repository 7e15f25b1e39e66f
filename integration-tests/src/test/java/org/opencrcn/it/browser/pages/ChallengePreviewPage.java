package org.opencrcn.it.browser.pages;

import org.opencrcn.it.support.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Administration › preview of one challenge: its instruction, illustration and download link. */
public class ChallengePreviewPage extends OpenCrcnPage {
  private final WebDriver browser;

  public ChallengePreviewPage(WebDriver browser) {
    super(browser);
    this.browser = browser;
  }

  public static ChallengePreviewPage open(WebDriver browser, String challengeId) {
    OpenCrcnPage.open(browser, "/admin/challenge.xhtml?id=" + challengeId);
    return new ChallengePreviewPage(browser);
  }

  /** The illustration, once the browser has loaded and decoded it (a broken image never is). */
  public WebElement loadedIllustration() {
    WebElement image = browser.findElement(By.cssSelector("img.illustration"));
    Waits.until(
        browser,
        "the illustration loaded",
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return arguments[0].complete && arguments[0].naturalWidth > 0;", image));
    return image;
  }
}
