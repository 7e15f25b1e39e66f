package org.opencrcn.it.browser.pages;

import java.util.List;
import org.opencrcn.it.support.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Administration › Organisations: the search form and its result table. */
public class OrganizationsAdminPage extends OpenCrcnPage {
  private final WebDriver browser;

  public OrganizationsAdminPage(WebDriver browser) {
    super(browser);
    this.browser = browser;
  }

  /** Searches a text, archived organisations included or not, and waits for the results page. */
  public OrganizationsAdminPage search(String text, boolean includeArchived) {
    WebElement field = browser.findElement(By.id("q"));
    field.clear();
    field.sendKeys(text);
    new Select(browser.findElement(By.id("type"))).selectByValue("");
    WebElement archived = browser.findElement(By.id("archived"));
    if (archived.isSelected() != includeArchived) {
      archived.click();
    }
    // The address may already be a search's: wait for the new page, not for the address.
    Waits.clickAndAwaitNewPage(browser, browser.findElement(By.id("search-submit")));
    awaitPath("/admin/organizations.xhtml?q=");
    return this;
  }

  public List<String> names() {
    return texts("#organizations .organization-link");
  }

  public List<String> statuses() {
    return texts("#organizations .status");
  }

  public OrganizationEditPage open(String name) {
    browser.findElement(By.linkText(name)).click();
    awaitPath("/admin/organization.xhtml?id=");
    return new OrganizationEditPage(browser);
  }

  public OrganizationEditPage create() {
    browser.findElement(By.id("create-link")).click();
    awaitPath("/admin/organization.xhtml");
    return new OrganizationEditPage(browser);
  }
}
