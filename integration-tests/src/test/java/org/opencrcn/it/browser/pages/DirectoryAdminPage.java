package org.opencrcn.it.browser.pages;

import java.nio.file.Path;
import org.opencrcn.it.support.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Administration › establishments directory: upload the CSV and read the report. */
public class DirectoryAdminPage extends OpenCrcnPage {
  private final WebDriver browser;

  public DirectoryAdminPage(WebDriver browser) {
    super(browser);
    this.browser = browser;
  }

  /** Uploads a file and waits for the page that follows. */
  public DirectoryAdminPage upload(Path csv) {
    browser.findElement(By.id("upload:file")).sendKeys(csv.toAbsolutePath().normalize().toString());
    Waits.clickAndAwaitNewPage(browser, browser.findElement(By.id("upload:import")));
    return this;
  }

  public String outcome() {
    return text("report-outcome");
  }

  public java.util.List<String> errorLines() {
    return texts("#report-errors .error-line");
  }

  public java.util.List<String> errorMessages() {
    return texts("#report-errors .error-message");
  }
}
