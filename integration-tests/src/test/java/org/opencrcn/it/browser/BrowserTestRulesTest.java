package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The house rule of the browser tests, checked on their sources so that a new test keeps it: a test
 * body never waits (it calls a page object, which waits through support/Waits), and nothing but
 * Waits builds a Selenium wait, so that every wait has the same timeout and the same tolerance of
 * pages replaced under it.
 */
class BrowserTestRulesTest {
  private static final Path TESTS = Path.of("src/test/java/org/opencrcn/it");
  private static final Pattern ANY_WAIT =
      Pattern.compile(
          "WebDriverWait|FluentWait|ExpectedConditions|Thread\\.sleep|implicitlyWait\\(|Waits\\.");
  private static final Pattern SELENIUM_WAIT =
      Pattern.compile("WebDriverWait|FluentWait|ExpectedConditions");

  @Test
  @DisplayName("No browser test body waits: waits live in page objects")
  void noWaitInTestBodies() throws IOException {
    assertThat(offenders(sources(TESTS.resolve("browser"), 1), ANY_WAIT)).isEmpty();
  }

  @Test
  @DisplayName("Only support/Waits builds a Selenium wait")
  void onlyWaitsBuildsWaits() throws IOException {
    List<Path> all = sources(TESTS, Integer.MAX_VALUE);
    assertThat(all).as("the sources are where this test looks").isNotEmpty();
    assertThat(
            offenders(
                all.stream()
                    .filter(file -> !file.endsWith(Path.of("support", "Waits.java")))
                    .toList(),
                SELENIUM_WAIT))
        .isEmpty();
  }

  @Test
  @DisplayName("No browser test uses the demo accounts: each makes its own people")
  void noDemoAccounts() throws IOException {
    // ScreenshotsBrowserIT is no test: it photographs the demo, as its users will see it.
    assertThat(
            offenders(
                sources(TESTS.resolve("browser"), Integer.MAX_VALUE).stream()
                    .filter(file -> !file.endsWith("ScreenshotsBrowserIT.java"))
                    .toList(),
                Pattern.compile("DemoAccounts|demo-opencrcn")))
        .isEmpty();
  }

  private static List<Path> sources(Path folder, int depth) throws IOException {
    try (Stream<Path> files = Files.walk(folder, depth)) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .filter(file -> !file.endsWith("BrowserTestRulesTest.java"))
          .sorted()
          .toList();
    }
  }

  /** "File:line: text" for every line that matches. */
  private static List<String> offenders(List<Path> files, Pattern pattern) throws IOException {
    Stream.Builder<String> found = Stream.builder();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        if (pattern.matcher(lines.get(i)).find()) {
          found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
    }
    return found.build().toList();
  }
}
