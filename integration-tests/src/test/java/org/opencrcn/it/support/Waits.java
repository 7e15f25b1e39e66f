package org.opencrcn.it.support;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The one way page objects wait for the browser, with one timeout. Browser tests never wait in
 * their bodies: they call a page object, which waits here (WaitsStayInPageObjectsTest checks it).
 *
 * <p>While a page is replaced, what the test reads may vanish under it: a stale element, an element
 * not there yet, or Chromium's "node does not belong to the document" (a generic error it gives for
 * an element of a page being unloaded). Those are polled past, never failures; any other error
 * fails at once. A wait on a list never passes on an empty list.
 */
public final class Waits {
  /**
   * Long enough for a loaded shared machine (a whole content pack imports within it); a wait ends
   * as soon as its condition holds, so only a failing test pays it.
   */
  public static final Duration TIMEOUT = Duration.ofSeconds(60);

  private static final Duration POLL = Duration.ofMillis(100);

  /** What Chromium answers about an element whose page is going away, instead of "stale". */
  private static final List<String> MID_NAVIGATION =
      List.of(
          "does not belong to the document",
          "target frame detached",
          "cannot determine loading status",
          "execution context was destroyed",
          "no such execution context",
          "cannot find context with specified id",
          "document unloaded while waiting for result",
          "inspected target navigated or closed");

  private Waits() {}

  /**
   * Waits until the condition gives something other than null or false, and returns it. {@code
   * what} says what was awaited when it fails, with the page's address.
   */
  public static <T> T until(WebDriver browser, String what, Function<WebDriver, T> condition) {
    return new WebDriverWait(browser, TIMEOUT, POLL)
        .withMessage(() -> what + " (at " + addressOf(browser) + ")")
        .ignoring(StaleElementReferenceException.class)
        .ignoring(NoSuchElementException.class)
        .until(
            driver -> {
              try {
                return condition.apply(driver);
              } catch (WebDriverException e) {
                if (isMidNavigation(e)) {
                  return null;
                }
                throw e;
              }
            });
  }

  /** The element, once the page has it. */
  public static WebElement present(WebDriver browser, By locator) {
    return until(browser, locator + " present", d -> d.findElement(locator));
  }

  /** The element, once it is shown. */
  public static WebElement visible(WebDriver browser, By locator) {
    return until(
        browser,
        locator + " visible",
        d -> {
          WebElement element = d.findElement(locator);
          return element.isDisplayed() ? element : null;
        });
  }

  /** Once the element has left the page. */
  public static void absent(WebDriver browser, By locator) {
    until(browser, locator + " gone", d -> d.findElements(locator).isEmpty());
  }

  /** Once the element's text is not blank; returns that text. */
  public static String nonBlankText(WebDriver browser, By locator) {
    return until(
        browser,
        locator + " with a text",
        d ->
            d.findElements(locator).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .findFirst()
                .orElse(null));
  }

  /**
   * Once the list read again and again is not empty and every item matches; returns that list. An
   * empty list never passes: a table not rendered yet is not a table whose rows all match.
   */
  public static <T> List<T> nonEmptyAllMatching(
      WebDriver browser, String what, Supplier<List<T>> items, Predicate<? super T> each) {
    return until(
        browser,
        what,
        d -> {
          List<T> read = items.get();
          return !read.isEmpty() && read.stream().allMatch(each) ? read : null;
        });
  }

  /** Once the list read again and again is not empty; returns it. */
  public static <T> List<T> nonEmpty(WebDriver browser, String what, Supplier<List<T>> items) {
    return nonEmptyAllMatching(browser, what, items, item -> true);
  }

  /** Once the browser is at an address starting with one of these (full addresses). */
  public static String atAddressStartingWith(WebDriver browser, String... prefixes) {
    Pattern start =
        Pattern.compile(
            "^(" + String.join("|", List.of(prefixes).stream().map(Pattern::quote).toList()) + ")");
    return until(
        browser,
        "an address starting with " + List.of(prefixes),
        d -> {
          String url = d.getCurrentUrl();
          return url != null && start.matcher(url).find() ? url : null;
        });
  }

  /** Once the address contains this text (any part of it, such as a realm's path). */
  public static void addressContaining(WebDriver browser, String part) {
    until(browser, "an address containing " + part, d -> d.getCurrentUrl().contains(part));
  }

  /** Once the address no longer contains this text. */
  public static void addressNotContaining(WebDriver browser, String part) {
    until(browser, "an address without " + part, d -> !d.getCurrentUrl().contains(part));
  }

  /**
   * Once the element has left the document: the page that held it was replaced or re-rendered. A
   * stale element and Chromium's mid-navigation errors both mean it has.
   */
  public static void gone(WebDriver browser, WebElement element) {
    until(browser, "the page to be replaced", d -> hasLeftTheDocument(element));
  }

  /** Clicks and waits until the clicked element has left the document (the next page is there). */
  public static void clickAndAwaitNewPage(WebDriver browser, WebElement element) {
    element.click();
    gone(browser, element);
  }

  /** Whether the element is no longer part of the page the browser shows. */
  public static boolean hasLeftTheDocument(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException gone) {
      return true;
    } catch (WebDriverException e) {
      if (isMidNavigation(e)) {
        return true;
      }
      throw e;
    }
  }

  private static boolean isMidNavigation(WebDriverException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return MID_NAVIGATION.stream().anyMatch(message::contains);
  }

  private static String addressOf(WebDriver browser) {
    try {
      return browser.getCurrentUrl();
    } catch (WebDriverException e) {
      return "unknown address";
    }
  }
}
