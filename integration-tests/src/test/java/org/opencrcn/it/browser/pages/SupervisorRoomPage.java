package org.opencrcn.it.browser.pages;

import org.opencrcn.it.support.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The supervisor's room: opened with the session number and password, its list kept pushed. */
public class SupervisorRoomPage extends OpenCrcnPage {
  private final WebDriver browser;

  public SupervisorRoomPage(WebDriver browser) {
    super(browser);
    this.browser = browser;
  }

  public static SupervisorRoomPage open(WebDriver browser) {
    OpenCrcnPage.open(browser, "/certif/surveillance.xhtml");
    return new SupervisorRoomPage(browser);
  }

  /** Types the number and password and enters; waits for the room (or a refusal). */
  public SupervisorRoomPage enter(String session, String password) {
    type("enter:session", session);
    type("enter:password", password);
    submit("enter:open");
    return this;
  }

  /** Waits until the candidate's row shows that status (pushed, no reload by the test). */
  public SupervisorRoomPage awaitStatus(String familyName, String status) {
    return awaitCell(familyName, "td.status", status);
  }

  /** Waits until the candidate's row shows that answered count, e.g. "1 / 15". */
  public SupervisorRoomPage awaitAnswered(String familyName, String answered) {
    return awaitCell(familyName, "td.answered", answered);
  }

  private SupervisorRoomPage awaitCell(String familyName, String cell, String start) {
    Waits.until(
        browser,
        familyName + " " + cell + " " + start,
        b ->
            b.findElements(By.cssSelector("#candidates tbody tr")).stream()
                    .anyMatch(
                        row ->
                            row.getText().contains(familyName)
                                && row.findElement(By.cssSelector(cell))
                                    .getText()
                                    .startsWith(start))
                ? Boolean.TRUE
                : null);
    return this;
  }

  /** "Autoriser" on the candidate's row; waits for the page to come back. */
  public SupervisorRoomPage admit(String familyName) {
    submit(
        browser.findElements(By.cssSelector("#candidates tbody tr")).stream()
            .filter(row -> row.getText().contains(familyName))
            .findFirst()
            .orElseThrow()
            .findElement(By.cssSelector("input[id$=':admit']")));
    return this;
  }
}
