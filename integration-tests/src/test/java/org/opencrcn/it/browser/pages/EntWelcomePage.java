package org.opencrcn.it.browser.pages;

import java.util.List;
import org.opencrcn.it.support.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The welcome page of a first sign-in through a school ENT ({@code /ent/bienvenue.xhtml}). */
public class EntWelcomePage extends OpenCrcnPage {
  private final WebDriver browser;

  public EntWelcomePage(WebDriver browser) {
    super(browser);
    this.browser = browser;
    awaitPath("/ent/bienvenue.xhtml");
    Waits.present(browser, By.id("continue-form:continue"));
  }

  /**
   * Signs in from the home page through "Se connecter avec mon ENT" and the ENT's own login page.
   */
  public static void signInThroughTheEnt(WebDriver browser, String username, String password) {
    KeycloakLoginPage entLogin = OpenCrcnPage.open(browser, "/").clickSignIn().signInWith("ent");
    entLogin.signIn(username, password);
  }

  /** Headings of the school sections: name and UAI. */
  public List<String> schools() {
    return texts("section[id^='school-'] h2");
  }

  public EntWelcomePage linkRecordWithBirthdate(String day, String month, String year) {
    fill("day", day);
    fill("month", month);
    fill("year", year);
    return press(By.cssSelector("input[id$=':link']"));
  }

  /** Activates the school's Orga space; the next page is Orga. */
  public OpenCrcnPage activateSchool() {
    clickAndAwaitNextPage(browser.findElement(By.cssSelector("input[id$=':activate']")));
    return new OpenCrcnPage(browser);
  }

  /** Whether this school's section offers to activate its Orga space. */
  public boolean offersActivation(long organizationId) {
    return !browser
        .findElements(By.cssSelector("#school-" + organizationId + " input[id$=':activate']"))
        .isEmpty();
  }

  /** The section's word that the ENT says nothing of the person's role in this school, or "". */
  public String noProfileHere(long organizationId) {
    return browser.findElements(By.id("no-profile-here-" + organizationId)).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /** Activates this school's Orga space; the next page is Orga. */
  public OpenCrcnPage activateSchool(long organizationId) {
    clickAndAwaitNextPage(
        browser.findElement(
            By.cssSelector("#school-" + organizationId + " input[id$=':activate']")));
    return new OpenCrcnPage(browser);
  }

  /**
   * Starts attaching the ENT to an existing account: signed out, the next page is Keycloak's login.
   */
  public KeycloakLoginPage startAttachment() {
    clickAndAwaitNextPage(browser.findElement(By.id("attach-form:start")));
    return new KeycloakLoginPage(browser);
  }

  /**
   * The id of the school whose Orga space a teacher is offered to join (the offer's id is {@code
   * join-request-<organization id>}); the first one when there are several.
   */
  public String joinOfferOrganizationId() {
    return browser
        .findElement(By.cssSelector("[id^='join-request-']:not([id^='join-request-pending-'])"))
        .getAttribute("id")
        .substring("join-request-".length());
  }

  /**
   * A teacher asks to join this school's Orga space; the page comes back with the request waiting.
   */
  public EntWelcomePage askToJoin(String organizationId) {
    return press(By.cssSelector("#join-request-" + organizationId + " input[type=submit]"));
  }

  public OpenCrcnPage continueToMySpace() {
    clickAndAwaitNextPage(browser.findElement(By.id("continue-form:continue")));
    return new OpenCrcnPage(browser);
  }

  private void fill(String field, String value) {
    WebElement input = browser.findElement(By.cssSelector("input[id$=':" + field + "']"));
    input.clear();
    input.sendKeys(value);
  }

  private EntWelcomePage press(By button) {
    clickAndAwaitNextPage(browser.findElement(button));
    return new EntWelcomePage(browser);
  }

  private void clickAndAwaitNextPage(WebElement button) {
    Waits.clickAndAwaitNewPage(browser, button);
  }
}
