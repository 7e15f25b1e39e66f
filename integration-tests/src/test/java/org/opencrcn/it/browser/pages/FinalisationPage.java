package org.opencrcn.it.browser.pages;

import org.openqa.selenium.WebDriver;

/** The centre's finalisation page of a session (/certif/finalisation.xhtml). */
public class FinalisationPage extends OpenCrcnPage {
  public FinalisationPage(WebDriver browser) {
    super(browser);
  }

  public static FinalisationPage open(WebDriver browser, long session) {
    OpenCrcnPage.open(browser, "/certif/finalisation.xhtml?session=" + session)
        .awaitPresent("finalise:submit");
    return new FinalisationPage(browser);
  }

  /** Types the examiner comment, finalises, and returns the page's message. */
  public String finaliseWithComment(String comment) {
    type("finalise:comment", comment);
    return submit("finalise:submit").awaitText("messages");
  }
}
