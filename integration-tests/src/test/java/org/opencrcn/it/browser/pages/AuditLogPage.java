package org.opencrcn.it.browser.pages;

import java.util.List;
import org.opencrcn.it.support.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Administration › Journal d'audit: the filter form and the events table. */
public class AuditLogPage extends OpenCrcnPage {
  private final WebDriver browser;

  public AuditLogPage(WebDriver browser) {
    super(browser);
    this.browser = browser;
  }

  /**
   * Filters by action (its label; empty for all), account number and days ({@code yyyy-MM-dd},
   * typed as the browser's date field expects) and waits for the results page.
   */
  public AuditLogPage filter(String actionLabel, String account, String from, String to) {
    Select action = new Select(browser.findElement(By.id("action")));
    if (actionLabel.isEmpty()) {
      action.selectByValue("");
    } else {
      action.selectByVisibleText(actionLabel);
    }
    WebElement accountField = browser.findElement(By.id("account"));
    accountField.clear();
    accountField.sendKeys(account);
    setDate("from", from);
    setDate("to", to);
    Waits.clickAndAwaitNewPage(browser, browser.findElement(By.id("audit-search-submit")));
    awaitPath("/admin/audit.xhtml?");
    return this;
  }

  /** A date field's value set as the browser's date picker would (its typing is locale-bound). */
  private void setDate(String id, String isoDate) {
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
  }

  public List<String> actions() {
    return texts("#audit-events .audit-action");
  }

  public List<String> targets() {
    return texts("#audit-events .audit-targets");
  }

  public List<String> accounts() {
    return texts("#audit-events .audit-account");
  }

  public List<String> problems() {
    return texts("#audit-problems li");
  }
}
