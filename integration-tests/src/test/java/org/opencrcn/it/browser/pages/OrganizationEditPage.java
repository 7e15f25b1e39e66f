package org.opencrcn.it.browser.pages;

import org.opencrcn.it.support.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Administration › one organisation: its form, its state, archive and unarchive. */
public class OrganizationEditPage extends OpenCrcnPage {
  private final WebDriver browser;

  public OrganizationEditPage(WebDriver browser) {
    super(browser);
    this.browser = browser;
  }

  public OrganizationEditPage type(String type) {
    new Select(browser.findElement(By.id("organization:type"))).selectByValue(type);
    return this;
  }

  /** Replaces what a field (name, uai, town, academy, email) holds. */
  public OrganizationEditPage fill(String field, String value) {
    WebElement input = browser.findElement(By.id("organization:" + field));
    input.clear();
    input.sendKeys(value);
    return this;
  }

  public String value(String field) {
    return browser.findElement(By.id("organization:" + field)).getDomProperty("value");
  }

  /** Saves and waits for the page that follows (the same form with its messages). */
  public OrganizationEditPage save() {
    Waits.clickAndAwaitNewPage(browser, browser.findElement(By.id("organization:save")));
    return this;
  }

  public String fieldMessage(String field) {
    return text("organization:" + field + "-message");
  }

  public String messages() {
    return text("messages");
  }

  public OrganizationEditPage archive() {
    return clickAndReload("archiving:archive");
  }

  public OrganizationEditPage unarchive() {
    return clickAndReload("archiving:unarchive");
  }

  public String status() {
    return text("org-status");
  }

  private OrganizationEditPage clickAndReload(String id) {
    Waits.clickAndAwaitNewPage(browser, browser.findElement(By.id(id)));
    return this;
  }
}
