package org.opencrcn.it.browser.pages;

import java.util.List;
import org.openqa.selenium.WebDriver;

/** The learner's "Mes certifications" (/app/certifications.xhtml). */
public class MyCertificationsPage extends OpenCrcnPage {
  public MyCertificationsPage(WebDriver browser) {
    super(browser);
  }

  public static MyCertificationsPage open(WebDriver browser) {
    OpenCrcnPage.open(browser, "/app/certifications.xhtml").awaitPresent("mycertifs");
    return new MyCertificationsPage(browser);
  }

  public List<String> statuses() {
    return texts(".mycertif-status");
  }

  public List<String> codes() {
    return texts(".mycertif-code");
  }

  /** The certificate's PDF of the certification with this code. */
  public byte[] certificate(String code) {
    return download("certificate-" + code);
  }
}
