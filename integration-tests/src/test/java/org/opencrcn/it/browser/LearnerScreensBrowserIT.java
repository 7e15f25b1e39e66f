package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.browser.pages.QuestionPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.Colour;
import org.opencrcn.it.support.Screens;
import org.opencrcn.it.support.Waits;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/**
 * Every learner page on a phone (375 px): the visual system's computed styles (primary actions in
 * the brand colour whether they are inputs or links), no horizontal scroll, targets of 24 px and
 * more, focus visible at 3:1, axe's WCAG 2.2 AA rules, and a distinct title on each page.
 */
@ExtendWith(WithKeycloak.class)
class LearnerScreensBrowserIT extends BrowserJourney {
  private static final String QUESTION_TITLE = "Question \\d+ – Compétence 3\\.3 – OpenCRCN";

  /** Title of each page the journey saw, by page. */
  private final Map<String, String> titles = new LinkedHashMap<>();

  @Test
  @DisplayName(
      "A new learner on a phone: dashboard, positioning to a level gauge, discovery test and tutorials all fit 375 px and pass the checks")
  void learnerPagesOnAPhone() {
    Screens.emulate(browser, Screens.PHONE_WIDTH, 812);
    String username = "phone" + System.nanoTime() % 1_000_000_000L;
    OpenCrcnPage.open(browser, "/")
        .clickSignIn()
        .openRegistration()
        .register(username, "", "Lou", "Téléphone", "Secret-" + username);
    OpenCrcnPage page = new OpenCrcnPage(browser).awaitPath("/app/");

    checkPage("dashboard");
    compactHeaderWithMenu();
    primaryActionsLookTheSame();

    browser.findElement(By.cssSelector("#tile-3\\.3 input[type=submit]")).click();
    page.awaitPath("/app/test.xhtml");
    QuestionPage.awaitTestPage(browser);
    positionToTheEnd();

    browser.findElement(By.id("back")).click();
    page.awaitPath("/app/index.xhtml");
    WebElement tile = browser.findElement(By.id("tile-3.3"));
    assertThat(tile.findElement(By.cssSelector(".tile-level")).getText()).isEqualTo("Niveau 6");
    WebElement gauge = tile.findElement(By.cssSelector(".gauge-value"));
    assertThat(gauge.getAttribute("stroke-dasharray"))
        .as("six eighths of the ring")
        .isEqualTo("75.0 100");
    assertThat(Screens.colour(browser, gauge, "stroke"))
        .as("the gauge takes the colour of area 3")
        .isEqualTo(Colour.parse(token("--area-3")));
    assertThat(tile.findElement(By.cssSelector(".tile-pix")).getText()).isEqualTo("48 pix");
    assertThat(page.text("total-pix")).startsWith("48 pix");
    checkPage("dashboard");

    takeTheSmartphoneDiscoveryTest(page);

    OpenCrcnPage.open(browser, "/app/tutos.xhtml");
    checkPage("my tutorials");

    assertThat(titles.values()).as("titles %s", titles).doesNotHaveDuplicates();
  }

  private void compactHeaderWithMenu() {
    WebElement header = browser.findElement(By.cssSelector(".site-header"));
    assertThat(header.getRect().getHeight())
        .as("the signed-in header on a phone, menu closed")
        .isLessThanOrEqualTo(80);
    WebElement toggle = browser.findElement(By.id("menu-toggle"));
    assertThat(browser.findElement(By.id("nav-tutos")).isDisplayed()).isFalse();
    toggle.click();
    assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
    assertThat(browser.findElement(By.id("nav-tutos")).isDisplayed()).isTrue();
    Screens.assertTargetsAtLeast24Px(browser);
    toggle.click();
    assertThat(browser.findElement(By.id("nav-tutos")).isDisplayed()).isFalse();
  }

  /**
   * The defect of PrimeFaces' theme: input buttons were grey on white while link buttons were blue.
   */
  private void primaryActionsLookTheSame() {
    WebElement input = browser.findElement(By.cssSelector("#tile-1\\.1 input.button-primary"));
    WebElement link = browser.findElement(By.cssSelector("#discovery-tests a.button-primary"));
    Colour brand = Colour.parse(token("--brand"));
    for (WebElement primary : new WebElement[] {input, link}) {
      Colour background = Screens.colour(browser, primary, "background-color");
      Colour text = Screens.colour(browser, primary, "color");
      assertThat(background).as("primary background of %s", primary.getTagName()).isEqualTo(brand);
      assertThat(text.contrastWith(background)).isGreaterThanOrEqualTo(4.5);
    }
    assertThat(Screens.computed(browser, input, "border-radius"))
        .isEqualTo(Screens.computed(browser, link, "border-radius"));
    assertThat(input.getRect().getHeight()).isEqualTo(link.getRect().getHeight());
  }

  private void positionToTheEnd() {
    QuestionPage question = new QuestionPage(browser);
    int answered = 0;
    while (!browser.getCurrentUrl().contains("/app/result.xhtml") && answered < 40) {
      if (browser.getCurrentUrl().contains("/app/checkpoint.xhtml")) {
        checkPage("checkpoint");
        browser.findElement(By.id("continue")).click();
        Waits.absent(browser, By.id("checkpoint-answers"));
        QuestionPage.awaitTestPage(browser);
      } else {
        assertThat(browser.getTitle()).matches(QUESTION_TITLE);
        if (answered == 0) {
          checkPage("question 1");
          answerButtonsApartAndInReach();
        } else {
          titles.put("question " + (answered + 1), browser.getTitle());
        }
        answerAtDesktopWidth(question);
        answered++;
      }
    }
    Waits.addressContaining(browser, "/app/result.xhtml");
    checkPage("result");
  }

  /**
   * Chromedriver's click scrolls a proposal only to the bottom edge of the screen, under the sticky
   * "Je valide" bar, where a thumb would scroll a little further; answers are clicked at desktop
   * width (no sticky bar), every page is checked at phone width.
   */
  private void answerAtDesktopWidth(QuestionPage question) {
    Screens.emulate(browser, 1280, 900);
    question.answerRight();
    Screens.emulate(browser, Screens.PHONE_WIDTH, 812);
  }

  /**
   * "Je valide" and "Je passe" do not touch, and "Je valide" stays on screen while the learner
   * reads the proposals.
   */
  private void answerButtonsApartAndInReach() {
    browser.executeScript("document.querySelector('.answers').scrollIntoView({block: 'start'});");
    WebElement validate = browser.findElement(By.id("answer:validate"));
    WebElement skip = browser.findElement(By.id("answer:skip"));
    Rectangle a = validate.getRect();
    Rectangle b = skip.getRect();
    int horizontalGap =
        Math.max(b.getX() - (a.getX() + a.getWidth()), a.getX() - (b.getX() + b.getWidth()));
    int verticalGap =
        Math.max(b.getY() - (a.getY() + a.getHeight()), a.getY() - (b.getY() + b.getHeight()));
    assertThat(Math.max(horizontalGap, verticalGap))
        .as("space between the two")
        .isGreaterThanOrEqualTo(8);
    assertThat(Screens.computed(browser, validate.findElement(By.xpath("..")), "position"))
        .isEqualTo("sticky");
    long viewportHeight = (Long) browser.executeScript("return window.innerHeight;");
    Number bottom =
        (Number)
            browser.executeScript("return arguments[0].getBoundingClientRect().bottom;", validate);
    assertThat(bottom.doubleValue()).as("Je valide in reach").isLessThanOrEqualTo(viewportHeight);
    Colour primary = Screens.colour(browser, validate, "background-color");
    assertThat(primary).isEqualTo(Colour.parse(token("--brand")));
    assertThat(Screens.colour(browser, skip, "background-color"))
        .as("Je passe is a secondary action")
        .isNotEqualTo(primary);
  }

  private void takeTheSmartphoneDiscoveryTest(OpenCrcnPage page) {
    browser
        .findElement(
            By.cssSelector("#discovery-tests a[title=\"Découverte : smartphone et tablette\"]"))
        .click();
    page.awaitPath("/app/decouverte-accueil.xhtml");
    checkPage("discovery start");
    browser.findElement(By.id("start:go")).click();
    page.awaitPath("/app/decouverte.xhtml");
    QuestionPage.awaitTestPage(browser);
    assertThat(browser.getTitle())
        .isEqualTo("Question 1 sur 6 – Découverte : smartphone et tablette – OpenCRCN");
    checkPage("discovery question 1");
    for (int skipped = 0;
        skipped < 6 && !browser.getCurrentUrl().contains("/app/decouverte-bilan.xhtml");
        skipped++) {
      new QuestionPage(browser).skip();
    }
    page.awaitPath("/app/decouverte-bilan.xhtml");
    checkPage("discovery result");
  }

  private void checkPage(String name) {
    titles.put(name, browser.getTitle());
    Screens.assertNoHorizontalScroll(browser);
    Screens.assertTargetsAtLeast24Px(browser);
    Screens.assertFocusVisible(browser, 40);
    Accessibility.assertNoViolations(browser);
  }

  private String token(String name) {
    String hex =
        ((String)
                browser.executeScript(
                    "return getComputedStyle(document.documentElement).getPropertyValue(arguments[0]);",
                    name))
            .trim();
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return "rgb(" + (rgb >> 16 & 0xff) + ", " + (rgb >> 8 & 0xff) + ", " + (rgb & 0xff) + ")";
  }
}
