package org.opencrcn.reliability;

import java.util.regex.Pattern;

/**
 * Whether a failure page is the application's own: its translated error page, never a stack trace
 * or the server's bare error text. Only what a person reads counts: scripts are left out, since
 * PrimeFaces' settings script names exception classes in its error-page map on every page.
 */
public final class ErrorPageCheck {
  private static final Pattern SCRIPT =
      Pattern.compile("<script\\b[^>]*>.*?</script>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  private ErrorPageCheck() {}

  public static boolean clean(HtmlPage page) {
    String html = page.html();
    boolean translated = html.contains("class=\"error-page\"") && html.contains("lang=\"fr\"");
    String readable = SCRIPT.matcher(html).replaceAll("");
    boolean leaks =
        readable.contains("Exception")
            || readable.contains("\tat ")
            || readable.contains("Caused by")
            || readable.contains("SQLState");
    return translated && !leaks;
  }
}
