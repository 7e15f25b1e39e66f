package org.opencrcn.it.browser.pages;

import java.nio.file.Path;
import org.opencrcn.it.support.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Administration › Contenus pédagogiques: upload a pack as a zip and read the report. */
public class ContentAdminPage extends OpenCrcnPage {
  private final WebDriver browser;

  public ContentAdminPage(WebDriver browser) {
    super(browser);
    this.browser = browser;
  }

  public static ContentAdminPage open(WebDriver browser) {
    OpenCrcnPage.open(browser, "/admin/content.xhtml");
    return new ContentAdminPage(browser);
  }

  /** Uploads a zipped pack and waits for the import report. */
  public ContentAdminPage upload(Path zip) {
    browser.findElement(By.id("upload:file")).sendKeys(zip.toAbsolutePath().toString());
    // A report already shown (an earlier upload) is not this one's: wait for the new page first.
    Waits.clickAndAwaitNewPage(browser, browser.findElement(By.id("upload:import")));
    Waits.visible(browser, By.id("report-outcome"));
    return this;
  }

  /**
   * Tries to upload a file the page refuses before sending it (too large); returns once the page
   * says so.
   */
  public ContentAdminPage uploadRefusedBeforeSending(Path zip) {
    browser.findElement(By.id("upload:file")).sendKeys(zip.toAbsolutePath().toString());
    browser.findElement(By.id("upload:import")).click();
    Waits.visible(browser, By.id("upload:file-too-large"));
    return this;
  }
}
