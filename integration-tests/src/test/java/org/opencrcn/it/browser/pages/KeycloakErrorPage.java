package org.opencrcn.it.browser.pages;

import org.opencrcn.it.support.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The error page Keycloak shows when a sign-in cannot go on (e.g. a bad answer from the ENT). */
public class KeycloakErrorPage {
  private final WebDriver browser;

  public KeycloakErrorPage(WebDriver browser) {
    this.browser = browser;
    Waits.visible(browser, By.id("kc-error-message"));
  }

  public String url() {
    return browser.getCurrentUrl();
  }

  public String language() {
    return browser.findElement(By.tagName("html")).getAttribute("lang");
  }

  public String message() {
    return browser.findElement(By.cssSelector("#kc-error-message .instruction")).getText();
  }
}
