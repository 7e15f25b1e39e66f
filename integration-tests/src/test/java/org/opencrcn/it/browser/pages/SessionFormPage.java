package org.opencrcn.it.browser.pages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.opencrcn.it.support.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Certif's "Création d'une session" form. */
public class SessionFormPage extends OpenCrcnPage {
  private final WebDriver browser;

  public SessionFormPage(WebDriver browser) {
    super(browser);
    this.browser = browser;
  }

  /** Fills every field of the form. */
  public SessionFormPage fill(
      String name, String site, String room, LocalDate date, String time, String supervisor) {
    field("name", name);
    field("site", site);
    field("room", room);
    field("date", date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    field("time", time);
    field("supervisor", supervisor);
    return this;
  }

  /** Saves; the new session's page opens. */
  public SessionPage save() {
    Waits.clickAndAwaitNewPage(browser, browser.findElement(By.id("session-form:save")));
    Waits.present(browser, By.id("access-code"));
    return new SessionPage(browser);
  }

  /** Saves a refused session: the form comes back with the message, which is returned. */
  public String saveRefused() {
    Waits.clickAndAwaitNewPage(browser, browser.findElement(By.id("session-form:save")));
    return Waits.nonBlankText(browser, By.id("messages"));
  }

  private void field(String id, String value) {
    var input = browser.findElement(By.id("session-form:" + id));
    input.clear();
    input.sendKeys(value);
  }
}
