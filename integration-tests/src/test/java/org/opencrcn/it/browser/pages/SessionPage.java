package org.opencrcn.it.browser.pages;

import java.util.List;
import org.opencrcn.it.support.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A Certif session's page: its three codes, its candidates, adding pupils of a class. */
public class SessionPage extends OpenCrcnPage {
  private final WebDriver browser;

  public SessionPage(WebDriver browser) {
    super(browser);
    this.browser = browser;
  }

  public String sessionNumber() {
    return text("session-number");
  }

  public String accessCode() {
    return text("access-code");
  }

  public String supervisorPassword() {
    return text("supervisor-password");
  }

  /** Chooses a class and shows its pupils. */
  public SessionPage showClass(String division) {
    new Select(browser.findElement(By.id("add-form:division"))).selectByVisibleText(division);
    Waits.clickAndAwaitNewPage(browser, browser.findElement(By.id("add-form:show-class")));
    Waits.present(browser, By.id("pupils"));
    return this;
  }

  /** The pupils offered, as their checkboxes' labels. */
  public List<String> pupilsOffered() {
    return browser.findElements(By.cssSelector("#pupils label")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Ticks every pupil offered whose label starts with one of these names, then enrols them. */
  public SessionPage enrol(String... familyNames) {
    for (WebElement label : browser.findElements(By.cssSelector("#pupils label"))) {
      for (String name : familyNames) {
        if (label.getText().startsWith(name + " ")) {
          browser.findElement(By.id(label.getAttribute("for"))).click();
        }
      }
    }
    Waits.clickAndAwaitNewPage(browser, browser.findElement(By.id("add-form:enrol")));
    Waits.present(browser, By.id("access-code"));
    return this;
  }

  /** "FAMILY First" for each candidate, in the table's order. */
  public List<String> candidates() {
    return browser.findElements(By.cssSelector("#candidates tr.candidate")).stream()
        .map(
            row ->
                row.findElement(By.className("family-name")).getText()
                    + " "
                    + row.findElement(By.className("first-name")).getText())
        .toList();
  }

  /** The attendance sheet the page's link serves, as the signed-in officer's browser gets it. */
  public byte[] attendanceSheet() {
    return download("attendance-sheet");
  }
}
