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
import org.opencrcn.it.support.Deployments;
import org.opencrcn.it.support.Person;
import org.opencrcn.it.support.TestData;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every browser journey shares: the built EAR with the test data service (and nothing else
 * added), a fresh browser per test, and the people and schools each test makes for itself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserJourney {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.builtEarWithTestData();
  }

  /** Makes the accounts and schools of a test: no test signs in as a demo account. */
  protected final TestData data = new TestData();

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
  protected OpenCrcnPage signInAs(Person person) {
    KeycloakLoginPage login = OpenCrcnPage.open(browser, "/").clickSignIn();
    login.signIn(person.username(), person.password());
    return new OpenCrcnPage(browser);
  }
}
