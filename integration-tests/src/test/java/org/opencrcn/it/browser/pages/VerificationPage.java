package org.opencrcn.it.browser.pages;

import org.openqa.selenium.WebDriver;

/** The public verification page (/verifier.xhtml). */
public class VerificationPage extends OpenCrcnPage {
  private final WebDriver browser;

  public VerificationPage(WebDriver browser) {
    super(browser);
    this.browser = browser;
  }

  public static VerificationPage open(WebDriver browser) {
    OpenCrcnPage.open(browser, "/verifier.xhtml").awaitPresent("verify:check");
    return new VerificationPage(browser);
  }

  /** Types the code and checks it; the page that answers shows the verification section. */
  public VerificationPage check(String code) {
    type("verify:code", code);
    submit("verify:check").awaitPresent("verification");
    return new VerificationPage(browser);
  }
}
