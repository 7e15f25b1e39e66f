package org.opencrcn.it.browser.pages;

import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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
    browser.findElement(By.id("upload:import")).click();
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("report-outcome")));
    return this;
  }
}
