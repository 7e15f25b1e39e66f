package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.Colour;
import org.opencrcn.it.support.DemoAccounts;
import org.opencrcn.it.support.Screens;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Orga, Certif and the administration on a tablet (768 px), and the public pages: one look for
 * every space, primary actions in the brand colour whatever their element (the theme once turned
 * input buttons grey), no sideways scrolling, visible focus, WCAG 2.2 AA, distinct titles. Reads
 * only: the demo accounts' pages are looked at, nothing is changed.
 */
@ExtendWith(WithKeycloak.class)
class SpacesScreensBrowserIT extends BrowserJourney {
  /** OpenCRCN's default brand colour, #1d3f8f, as the browser computes it. */
  private static final Colour BRAND = Colour.parse("rgb(29, 63, 143)");

  private static final Colour WHITE = Colour.parse("rgb(255, 255, 255)");

  private final List<String> titles = new ArrayList<>();

  @Test
  @DisplayName("Public pages at 375 px: no sideways scroll, the sign-in link a primary action")
  void publicPagesOnAPhone() {
    Screens.emulate(browser, Screens.PHONE_WIDTH, 812);
    for (String path : List.of("/", "/referentiel.xhtml", "/parcours.xhtml")) {
      OpenCrcnPage.open(browser, path);
      check();
    }
    WebElement signIn = browser.findElement(By.id("signin"));
    assertThat(signIn.isDisplayed()).as("signing in is outside the menu on a phone").isTrue();
    assertPrimary(signIn);
    assertThat(titles).doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("Orga on a tablet: the import is a primary input button in the brand colour")
  void orgaOnATablet() {
    signInAs(DemoAccounts.DIRECTOR).awaitPath("/orga/");
    Screens.emulate(browser, Screens.TABLET_WIDTH, 1024);
    check();
    OpenCrcnPage.open(browser, "/orga/eleves.xhtml");
    assertPrimary(browser.findElement(By.cssSelector("input[id$=':import']")));
    assertThat(
            Screens.colour(
                browser,
                browser.findElement(By.cssSelector("input[id$=':filter']")),
                "background-color"))
        .as("the filter is a secondary action")
        .isEqualTo(WHITE);
    check();
    OpenCrcnPage.open(browser, "/orga/membres.xhtml");
    check();
    assertThat(titles).doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("Certif on a tablet fits and passes the checks")
  void certifOnATablet() {
    signInAs(DemoAccounts.CENTRE_OFFICER).awaitPath("/certif/");
    Screens.emulate(browser, Screens.TABLET_WIDTH, 1024);
    check();
  }

  @Test
  @DisplayName(
      "Administration on a tablet: 'Annuaire des établissements' is readable (it was white on white), the actions share one look")
  void administrationOnATablet() {
    signInAs(DemoAccounts.PLATFORM_ADMIN).awaitPath("/admin/");
    Screens.emulate(browser, Screens.TABLET_WIDTH, 1024);
    check();
    OpenCrcnPage.open(browser, "/admin/organizations.xhtml");
    WebElement directory = browser.findElement(By.id("directory-link"));
    Colour text = Screens.colour(browser, directory, "color");
    assertThat(text.contrastWith(Screens.colour(browser, directory, "background-color")))
        .isGreaterThanOrEqualTo(4.5);
    assertPrimary(browser.findElement(By.id("create-link")));
    assertPrimary(browser.findElement(By.id("search-submit")));
    check();
    OpenCrcnPage.open(browser, "/admin/content.xhtml");
    assertPrimary(browser.findElement(By.cssSelector("input[id$=':import']")));
    check();
    assertThat(titles).doesNotHaveDuplicates();
  }

  private void assertPrimary(WebElement action) {
    Colour background = Screens.colour(browser, action, "background-color");
    assertThat(background).as("primary %s", action.getTagName()).isEqualTo(BRAND);
    assertThat(Screens.colour(browser, action, "color").contrastWith(background))
        .isGreaterThanOrEqualTo(4.5);
  }

  private void check() {
    titles.add(browser.getTitle());
    Screens.assertNoHorizontalScroll(browser);
    Screens.assertFocusVisible(browser, 30);
    Accessibility.assertNoViolations(browser);
  }
}
