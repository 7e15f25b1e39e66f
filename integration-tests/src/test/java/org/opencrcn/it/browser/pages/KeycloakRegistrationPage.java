package org.opencrcn.it.browser.pages;

import org.opencrcn.it.support.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Keycloak's self-registration form ("Enregistrement"), reached from its login page. */
public class KeycloakRegistrationPage {
  private final WebDriver browser;

  public KeycloakRegistrationPage(WebDriver browser) {
    this.browser = browser;
    Waits.visible(browser, By.id("kc-register-form"));
  }

  /** Creates the account; Keycloak then goes on to the page that asked for a sign-in. */
  public void register(
      String username, String email, String firstName, String lastName, String password) {
    type("username", username);
    type("email", email);
    type("firstName", firstName);
    type("lastName", lastName);
    type("password", password);
    type("password-confirm", password);
    browser.findElement(By.cssSelector("#kc-form-buttons [type=submit]")).click();
  }

  private void type(String field, String value) {
    browser.findElement(By.name(field)).sendKeys(value);
  }
}
