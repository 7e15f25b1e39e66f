package org.opencrcn.it.browser;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.KeycloakLoginPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.support.Browser;
import org.opencrcn.it.support.DemoAccounts;
import org.opencrcn.it.support.Deployments;
import org.openqa.selenium.chrome.ChromeDriver;

/** What every browser journey shares: the built EAR deployed as is, a fresh browser per test. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserJourney {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.builtEar();
  }

  protected ChromeDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** Signs in through Keycloak's login page from the home page's "Se connecter". */
  protected OpenCrcnPage signInAs(DemoAccounts account) {
    KeycloakLoginPage login = OpenCrcnPage.open(browser, "/").clickSignIn();
    login.signIn(account.username, DemoAccounts.PASSWORD);
    return new OpenCrcnPage(browser);
  }
}
