package org.opencrcn.reliability;

/**
 * Whether a failure page is the application's own: its translated error page, never a stack trace
 * or the server's bare error text.
 */
public final class ErrorPageCheck {
  private ErrorPageCheck() {}

  public static boolean clean(HtmlPage page) {
    String html = page.html();
    boolean translated = html.contains("class=\"error-page\"") && html.contains("lang=\"fr\"");
    boolean leaks =
        html.contains("Exception")
            || html.contains("\tat ")
            || html.contains("Caused by")
            || html.contains("SQLState");
    return translated && !leaks;
  }
}
