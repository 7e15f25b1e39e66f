package org.opencrcn.it.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The administration's "Courriels envoyés": a demonstration's outbox, newest mail first. */
public class SentMailsPage extends OpenCrcnPage {
  private final WebDriver browser;

  public SentMailsPage(WebDriver browser) {
    super(browser);
    this.browser = browser;
  }

  public List<String> recipients() {
    return texts(".sent-mail-to");
  }

  /** The links of the newest mail, as the page shows them. */
  public List<String> newestMailLinks() {
    return newestMail().findElements(By.cssSelector("a.sent-mail-link")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Clicks the newest mail's link whose address contains {@code part}. */
  public OpenCrcnPage followNewestMailLink(String part) {
    newestMail().findElements(By.cssSelector("a.sent-mail-link")).stream()
        .filter(link -> link.getText().contains(part))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no link with " + part + " in " + describe()))
        .click();
    return new OpenCrcnPage(browser);
  }

  private WebElement newestMail() {
    return browser.findElements(By.cssSelector("article.sent-mail")).stream()
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mail on " + describe()));
  }
}
