package org.opencrcn.it.browser.pages;

import java.util.List;
import org.opencrcn.it.support.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Certif's home: the centre's sessions dashboard and its "Créer une session". */
public class CertifSessionsPage extends OpenCrcnPage {
  private final WebDriver browser;

  public CertifSessionsPage(WebDriver browser) {
    super(browser);
    this.browser = browser;
  }

  /** Opens the creation form. */
  public SessionFormPage createSession() {
    Waits.clickAndAwaitNewPage(browser, browser.findElement(By.id("create-session")));
    Waits.present(browser, By.id("session-form:save"));
    return new SessionFormPage(browser);
  }

  /** "number room status" for each session of the dashboard's page. */
  public List<String> sessions() {
    return browser.findElements(By.cssSelector("[id='sessions-form:sessions'] tbody tr")).stream()
        .map(row -> row.findElements(By.tagName("td")))
        .filter(cells -> cells.size() == 8)
        .map(
            cells ->
                cells.get(0).getText()
                    + " "
                    + cells.get(3).getText()
                    + " "
                    + cells.get(7).getText())
        .toList();
  }
}
