package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.browser.pages.QuestionPage;
import org.opencrcn.it.support.DemoAccounts;
import org.opencrcn.it.support.Screens;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.By;

/**
 * Not a test: the command that regenerates the screenshots of docs/design.md and the README ({@code
 * ./screenshots.sh}, which sets {@code opencrcn.screenshots.dir}). Main pages at 1280 px and at 375
 * px, as the demo accounts see them on fresh servers.
 */
@ExtendWith(WithKeycloak.class)
class ScreenshotsBrowserIT extends BrowserJourney {
  private static final int DESKTOP_WIDTH = 1280;
  private static final int DESKTOP_HEIGHT = 860;
  private static final int PHONE_HEIGHT = 760;

  @Test
  @DisplayName(
      "Screenshots of the main pages, desktop and phone (only with -Dopencrcn.screenshots.dir)")
  void mainPages() throws IOException {
    String dir = System.getProperty("opencrcn.screenshots.dir", "");
    Assumptions.assumeFalse(dir.isBlank(), "screenshots are taken by ./screenshots.sh only");
    Path folder = Files.createDirectories(Path.of(dir));

    both(folder, "home", () -> OpenCrcnPage.open(browser, "/"));
    both(folder, "referential", () -> OpenCrcnPage.open(browser, "/referentiel.xhtml"));
    Screens.emulate(browser, DESKTOP_WIDTH, DESKTOP_HEIGHT);
    OpenCrcnPage.open(browser, "/").clickSignIn();
    shoot(folder, "signin-desktop");
    Screens.emulate(browser, Screens.PHONE_WIDTH, PHONE_HEIGHT);
    shoot(folder, "signin-phone");

    Screens.emulate(browser, DESKTOP_WIDTH, DESKTOP_HEIGHT);
    signInAsDemo(DemoAccounts.PUPIL).awaitPath("/app/");
    both(folder, "dashboard", () -> OpenCrcnPage.open(browser, "/app/index.xhtml"));
    browser.findElement(By.cssSelector("#tile-1\\.1 input[type=submit]")).click();
    new OpenCrcnPage(browser).awaitPath("/app/test.xhtml");
    QuestionPage.awaitTestPage(browser);
    String question = browser.getCurrentUrl();
    both(folder, "question", () -> browser.get(question));
    for (int i = 0; i < 5 && !browser.getCurrentUrl().contains("checkpoint"); i++) {
      new QuestionPage(browser).skip();
    }
    String checkpoint = browser.getCurrentUrl();
    both(folder, "checkpoint", () -> browser.get(checkpoint));
    Screens.emulate(browser, DESKTOP_WIDTH, DESKTOP_HEIGHT);
    new OpenCrcnPage(browser).signOut();

    Screens.emulate(browser, DESKTOP_WIDTH, DESKTOP_HEIGHT);
    signInAsDemo(DemoAccounts.DIRECTOR).awaitPath("/orga/");
    shoot(folder, "orga-desktop");
    OpenCrcnPage.open(browser, "/orga/eleves.xhtml");
    Screens.emulate(browser, Screens.TABLET_WIDTH, 1024);
    shoot(folder, "orga-pupils-tablet");
    Screens.emulate(browser, DESKTOP_WIDTH, DESKTOP_HEIGHT);
    new OpenCrcnPage(browser).signOut();

    // The demo teacher's campaigns: the demo campaign RENTRE234 and its participants.
    signInAsDemo(DemoAccounts.TEACHER).awaitPath("/orga/");
    OpenCrcnPage.open(browser, "/orga/campagnes.xhtml");
    shoot(folder, "orga-campaigns-desktop");
  }

  /**
   * The screenshots show the demo as its users will see it: the only browser class that signs in as
   * a demo account (BrowserTestRulesTest allows it), and it never runs as a test.
   */
  private OpenCrcnPage signInAsDemo(DemoAccounts account) {
    OpenCrcnPage.open(browser, "/").clickSignIn().signIn(account.username, DemoAccounts.PASSWORD);
    return new OpenCrcnPage(browser);
  }

  private void both(Path folder, String name, Runnable open) throws IOException {
    Screens.emulate(browser, DESKTOP_WIDTH, DESKTOP_HEIGHT);
    open.run();
    shoot(folder, name + "-desktop");
    Screens.emulate(browser, Screens.PHONE_WIDTH, PHONE_HEIGHT);
    open.run();
    shoot(folder, name + "-phone");
  }

  /** The viewport as a person sees it on arrival (no focus ring, scrolled to the top). */
  private void shoot(Path folder, String name) throws IOException {
    browser.executeScript(
        "document.activeElement && document.activeElement.blur(); scrollTo(0, 0);");
    Object data =
        browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png")).get("data");
    byte[] png = Base64.getDecoder().decode((String) data);
    assertThat(png).as(name).hasSizeGreaterThan(1000);
    Files.write(folder.resolve("screenshot-" + name + ".png"), png);
  }
}
