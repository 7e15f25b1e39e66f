package org.opencrcn.it.browser.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Keycloak's own login page for the opencrcn realm. */
public class KeycloakLoginPage {
  private final WebDriver browser;

  public KeycloakLoginPage(WebDriver browser) {
    this.browser = browser;
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
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

  public void signIn(String username, String password) {
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.id("kc-login")).click();
  }
}
