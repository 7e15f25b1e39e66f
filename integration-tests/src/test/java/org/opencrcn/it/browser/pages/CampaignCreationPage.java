package org.opencrcn.it.browser.pages;

import org.opencrcn.it.support.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** Orga's campaign creation form. */
public class CampaignCreationPage extends OpenCrcnPage {
  private final WebDriver browser;

  public CampaignCreationPage(WebDriver browser) {
    super(browser);
    this.browser = browser;
  }

  /** Creates an assessment campaign on the profile found by searching its name; waits for it. */
  public CampaignPage createAssessment(String name, String profileSearch, String profileName) {
    browser.findElement(By.id("campaign-form:name")).sendKeys(name);
    browser.findElement(By.id("campaign-form:search")).sendKeys(profileSearch);
    var filter = browser.findElement(By.id("campaign-form:filter"));
    Waits.clickAndAwaitNewPage(browser, filter);
    Waits.until(
        browser,
        "the profile in the list",
        d ->
            new Select(d.findElement(By.id("campaign-form:profile")))
                .getOptions().stream().anyMatch(o -> o.getText().equals(profileName)));
    new Select(browser.findElement(By.id("campaign-form:profile")))
        .selectByVisibleText(profileName);
    Waits.present(browser, By.id("profile-topics"));
    Waits.clickAndAwaitNewPage(browser, browser.findElement(By.id("campaign-form:create")));
    Waits.present(browser, By.id("campaign-code"));
    return new CampaignPage(browser);
  }
}
