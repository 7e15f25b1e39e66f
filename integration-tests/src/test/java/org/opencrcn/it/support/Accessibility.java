package org.opencrcn.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core in the page the browser shows: no WCAG 2.2 A or AA violation (RGAA 4.1 follows WCAG).
 */
public final class Accessibility {
  private static final List<String> WCAG_22_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private Accessibility() {}

  public static void assertNoViolations(WebDriver browser) {
    Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser);

    assertThat(results.getViolations())
        .as(
            "WCAG 2.2 AA violations on %s:%n%s",
            browser.getCurrentUrl(), describe(results.getViolations()))
        .isEmpty();
  }

  private static String describe(List<Rule> violations) {
    return violations.stream()
        .map(
            rule ->
                "- "
                    + rule.getId()
                    + ": "
                    + rule.getHelp()
                    + " "
                    + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .toList())
        .collect(Collectors.joining("\n"));
  }
}
