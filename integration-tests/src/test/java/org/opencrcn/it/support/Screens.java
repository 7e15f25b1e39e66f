package org.opencrcn.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * What the eye checks on a screen, measured in the browser: the width it is shown at, computed
 * colours, horizontal scrolling, target sizes (WCAG 2.5.8) and focus indicators (2.4.11, 2.4.13).
 */
public final class Screens {
  /** The phone the learner pages are designed for first (an iPhone 13 mini's CSS pixels). */
  public static final int PHONE_WIDTH = 375;

  public static final int TABLET_WIDTH = 768;

  /** WCAG 2.5.8 (AA): a pointer target is at least 24 × 24 CSS pixels. */
  public static final int MINIMUM_TARGET = 24;

  /** WCAG 1.4.11 and 2.4.13: a focus indicator reaches 3:1 against what surrounds it. */
  public static final double MINIMUM_FOCUS_CONTRAST = 3.0;

  private Screens() {}

  /**
   * Shows the pages as a phone (or tablet) does: that viewport, touch, the page's meta viewport.
   */
  public static void emulate(ChromeDriver browser, int width, int height) {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 1024));
  }

  public static String computed(ChromeDriver browser, WebElement element, String property) {
    return (String)
        browser.executeScript(
            "return getComputedStyle(arguments[0]).getPropertyValue(arguments[1]);",
            element,
            property);
  }

  public static Colour colour(ChromeDriver browser, WebElement element, String property) {
    return Colour.parse(computed(browser, element, property));
  }

  /**
   * The first opaque background around an element (from its parent up: the outline is drawn 2 px
   * outside the element), white at the top of the page.
   */
  public static Colour backgroundBehind(ChromeDriver browser, WebElement element) {
    return Colour.parse(
        (String)
            browser.executeScript(
                """
                for (let e = arguments[0].parentElement; e; e = e.parentElement) {
                  const c = getComputedStyle(e).backgroundColor;
                  if (c !== 'transparent' && !/rgba\\(.*,\\s*0\\)$/.test(c)) { return c; }
                }
                return 'rgb(255, 255, 255)';""",
                element));
  }

  public static void assertNoHorizontalScroll(ChromeDriver browser) {
    long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
    long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth;");
    assertThat(scrollWidth)
        .as("page width at %d px on %s", viewport, browser.getCurrentUrl())
        .isLessThanOrEqualTo(viewport);
  }

  /**
   * Every visible control and every link that is not part of a sentence measures at least 24 × 24
   * px (links inside running text are the exception WCAG 2.5.8 allows).
   */
  @SuppressWarnings("unchecked")
  public static void assertTargetsAtLeast24Px(ChromeDriver browser) {
    List<String> tooSmall =
        (List<String>)
            browser.executeScript(
                """
                const small = [];
                const inSentence = a => {
                  const block = a.parentElement;
                  return getComputedStyle(a).display === 'inline'
                      && block && block.textContent.trim().length > a.textContent.trim().length;
                };
                document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')
                  .forEach(e => {
                    const r = e.getBoundingClientRect();
                    if (r.width === 0 || r.height === 0 || getComputedStyle(e).visibility === 'hidden') { return; }
                    if (e.matches('.skip-link') || (e.tagName === 'A' && inSentence(e))) { return; }
                    if (r.width < arguments[0] || r.height < arguments[0]) {
                      small.push((e.id || e.tagName + ' ' + e.textContent.trim().slice(0, 30))
                          + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
                    }
                  });
                return small;""",
                MINIMUM_TARGET);
    assertThat(tooSmall)
        .as("targets under %d px on %s", MINIMUM_TARGET, browser.getCurrentUrl())
        .isEmpty();
  }

  /**
   * Tabs through the page as a keyboard user does (up to {@code limit} stops) and checks each
   * focused element's outline: drawn, at least 2 px, at 3:1 against the background behind it.
   */
  public static void assertFocusVisible(ChromeDriver browser, int limit) {
    browser.executeScript("document.activeElement && document.activeElement.blur();");
    List<String> weak = new ArrayList<>();
    int checked = 0;
    for (int i = 0; i < limit; i++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
      WebElement focused = (WebElement) browser.executeScript("return document.activeElement;");
      if (focused == null || "body".equalsIgnoreCase(focused.getTagName())) {
        break;
      }
      checked++;
      String style = computed(browser, focused, "outline-style");
      double width =
          Double.parseDouble(computed(browser, focused, "outline-width").replace("px", ""));
      double contrast =
          colour(browser, focused, "outline-color")
              .contrastWith(backgroundBehind(browser, focused));
      if ("none".equals(style) || width < 2 || contrast < MINIMUM_FOCUS_CONTRAST) {
        weak.add(
            describe(focused)
                + " outline "
                + style
                + " "
                + width
                + "px at "
                + String.format("%.2f", contrast)
                + ":1");
      }
    }
    assertThat(checked).as("focusable elements on %s", browser.getCurrentUrl()).isPositive();
    assertThat(weak).as("weak focus indicators on %s", browser.getCurrentUrl()).isEmpty();
  }

  private static String describe(WebElement element) {
    String id = element.getAttribute("id");
    return id != null && !id.isEmpty() ? "#" + id : element.getTagName() + " " + element.getText();
  }
}
