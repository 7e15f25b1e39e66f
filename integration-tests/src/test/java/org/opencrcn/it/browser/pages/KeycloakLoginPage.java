package org.opencrcn.it.browser.pages;

import org.opencrcn.it.support.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Keycloak's own login page, of the opencrcn realm or of the demo ENT realm it brokers. */
public class KeycloakLoginPage {
  private final WebDriver browser;

  public KeycloakLoginPage(WebDriver browser) {
    this.browser = browser;
    Waits.visible(browser, By.id("username"));
  }

  public String url() {
    return browser.getCurrentUrl();
  }

  public String language() {
    return browser.findElement(By.tagName("html")).getAttribute("lang");
  }

  public boolean offersRegistration() {
    return !browser.findElements(By.cssSelector("a[href*='registration']")).isEmpty();
  }

  public KeycloakRegistrationPage openRegistration() {
    browser.findElement(By.cssSelector("a[href*='registration']")).click();
    return new KeycloakRegistrationPage(browser);
  }

  /** The link to an identity provider's login, as Keycloak's theme labels it (id social-ALIAS). */
  public String identityProviderLabel(String alias) {
    return browser.findElement(By.id("social-" + alias)).getText();
  }

  /** Follows the identity provider's link: the next page is that provider's login page. */
  public KeycloakLoginPage signInWith(String alias) {
    browser.findElement(By.id("social-" + alias)).click();
    Waits.addressNotContaining(browser, "/realms/opencrcn/");
    return new KeycloakLoginPage(browser);
  }

  public void signIn(String username, String password) {
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.id("kc-login")).click();
  }
}
