package org.opencrcn.it.browser.pages;

import java.util.Base64;
import java.util.List;
import org.opencrcn.it.support.Urls;
import org.opencrcn.it.support.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Any page of the application: the layout's header, the space title, the error pages. */
public class OpenCrcnPage {
  private final WebDriver browser;

  public OpenCrcnPage(WebDriver browser) {
    this.browser = browser;
  }

  public static OpenCrcnPage open(WebDriver browser, String path) {
    browser.get(Urls.app(path));
    return new OpenCrcnPage(browser);
  }

  /** Waits until the browser is back on the application at a path starting with the given one. */
  public OpenCrcnPage awaitPath(String pathPrefix) {
    Waits.atAddressStartingWith(browser, Urls.app(pathPrefix));
    return this;
  }

  public KeycloakLoginPage clickSignIn() {
    browser.findElement(By.id("signin")).click();
    return new KeycloakLoginPage(browser);
  }

  /**
   * Signs out and waits for the page that follows (through Keycloak's logout) to offer "Se
   * connecter": waiting for the address alone would race, since every page of the application
   * starts with the home page's address.
   */
  public OpenCrcnPage signOut() {
    Waits.clickAndAwaitNewPage(browser, browser.findElement(By.id("signout")));
    Waits.present(browser, By.id("signin"));
    return new OpenCrcnPage(browser);
  }

  /**
   * The browser's Back button: waits until this page has been replaced by the one before it (from
   * the server, or from the browser's cache) and that one shows a heading or Keycloak's login form.
   */
  public OpenCrcnPage back() {
    WebElement current = browser.findElement(By.tagName("html"));
    browser.navigate().back();
    Waits.gone(browser, current);
    Waits.until(
        browser,
        "a page with a heading or a login form",
        d ->
            !d.findElements(By.tagName("h1")).isEmpty()
                || !d.findElements(By.id("kc-form-login")).isEmpty());
    return new OpenCrcnPage(browser);
  }

  public String url() {
    return browser.getCurrentUrl();
  }

  public String path() {
    return browser.getCurrentUrl().substring(Urls.app("").length());
  }

  public String heading() {
    return browser.findElement(By.tagName("h1")).getText();
  }

  public String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  public boolean has(String id) {
    return !browser.findElements(By.id(id)).isEmpty();
  }

  public List<String> texts(String cssSelector) {
    return browser.findElements(By.cssSelector(cssSelector)).stream()
        .map(WebElement::getText)
        .toList();
  }

  public String language() {
    return browser.findElement(By.tagName("html")).getAttribute("lang");
  }

  public OpenCrcnPage switchLanguage(String language) {
    browser.findElement(By.id("language:" + language)).click();
    Waits.until(
        browser,
        "the page in " + language,
        d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    return this;
  }

  /** Once the element is shown (e.g. a message the page shows without leaving). */
  public OpenCrcnPage awaitShown(String id) {
    Waits.visible(browser, By.id(id));
    return this;
  }

  /** Once the page has the element (e.g. a part rendered by Ajax). */
  public OpenCrcnPage awaitPresent(String id) {
    Waits.present(browser, By.id(id));
    return this;
  }

  /** Once the page no longer has the element. */
  public OpenCrcnPage awaitAbsent(String id) {
    Waits.absent(browser, By.id(id));
    return this;
  }

  /** Once the element has a text, which it returns (a message rendered after a post). */
  public String awaitText(String id) {
    return Waits.nonBlankText(browser, By.id(id));
  }

  public OpenCrcnPage click(String id) {
    browser.findElement(By.id(id)).click();
    return this;
  }

  public OpenCrcnPage type(String id, String text) {
    browser.findElement(By.id(id)).sendKeys(text);
    return this;
  }

  /**
   * Clicks a form's button and waits until the browser has left this page (the answer is loaded).
   */
  public OpenCrcnPage submit(String buttonId) {
    return submit(browser.findElement(By.id(buttonId)));
  }

  /** The same, for a button found otherwise than by its id (one row's button in a table). */
  public OpenCrcnPage submit(WebElement button) {
    Waits.clickAndAwaitNewPage(browser, button);
    return new OpenCrcnPage(browser);
  }

  /** The page's address and main content, to say where a journey went astray. */
  public String describe() {
    return browser.getCurrentUrl() + "\n" + browser.findElement(By.tagName("main")).getText();
  }

  public String pageSource() {
    return browser.getPageSource();
  }

  /** The home page's "Se connecter avec mon ENT": straight to the ENT's login page. */
  public KeycloakLoginPage clickEntSignIn() {
    browser.findElement(By.id("ent-sign-in")).click();
    return new KeycloakLoginPage(browser);
  }

  /**
   * Waits for the end of an ENT sign-in: the person's space (/app/) or, at a first ENT sign-in, the
   * ENT welcome page (/ent/).
   */
  public OpenCrcnPage awaitEntLanding() {
    Waits.atAddressStartingWith(browser, Urls.app("/app/"), Urls.app("/ent/"));
    return this;
  }

  /**
   * The file a download link of the page serves, fetched by the browser itself (its session cookie
   * goes with it, as when a person clicks) and handed back as bytes.
   */
  public byte[] download(String linkId) {
    String href = browser.findElement(By.id(linkId)).getAttribute("href");
    Object base64 =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'})"
                    + ".then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))"
                    + ".then(b => { let s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c));"
                    + " done(btoa(s)); })"
                    + ".catch(e => done('ERROR ' + e));",
                href);
    if (String.valueOf(base64).startsWith("ERROR")) {
      throw new IllegalStateException(linkId + " served no file: " + base64);
    }
    return Base64.getDecoder().decode((String) base64);
  }
}
