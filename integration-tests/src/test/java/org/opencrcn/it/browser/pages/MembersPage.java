package org.opencrcn.it.browser.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Orga › Membres: the member list, the join requests, the invitation form and the pending
 * invitations.
 */
public class MembersPage extends OpenCrcnPage {
  private final WebDriver browser;

  public MembersPage(WebDriver browser) {
    super(browser);
    this.browser = browser;
  }

  /** "Name – role" for each member row. */
  public List<String> members() {
    return browser.findElements(By.cssSelector("#member-table tr.member")).stream()
        .map(
            row ->
                row.findElement(By.className("member-name")).getText()
                    + " – "
                    + row.findElement(By.className("member-role")).getText())
        .toList();
  }

  public List<String> pendingEmails() {
    return browser.findElements(By.cssSelector("#pending-table tr.invitation")).stream()
        .map(row -> row.getAttribute("data-email"))
        .toList();
  }

  public MembersPage invite(String email, String roleLabel) {
    browser.findElement(By.id("invite:email")).sendKeys(email);
    WebElement label =
        browser.findElements(By.cssSelector("#invite\\:role label")).stream()
            .filter(l -> l.getText().equals(roleLabel))
            .findFirst()
            .orElseThrow();
    browser.findElement(By.id(label.getAttribute("for"))).click();
    WebElement send = browser.findElement(By.id("invite:send"));
    send.click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(send));
    return new MembersPage(browser);
  }

  public String message() {
    return browser.findElement(By.id("members-messages")).getText();
  }

  /**
   * The names of the people asking to join, oldest request first; none when the section is absent.
   */
  public List<String> joinRequests() {
    return browser.findElements(By.cssSelector("#join-request-table tr.join-request")).stream()
        .map(row -> row.getAttribute("data-name"))
        .toList();
  }

  /**
   * Clicks "Accepter" or "Refuser" on the request of this person, found by its accessible label.
   */
  public MembersPage decide(String accessibleLabel) {
    WebElement button =
        browser.findElements(By.cssSelector("#join-request-table input[type=submit]")).stream()
            .filter(b -> accessibleLabel.equals(b.getAttribute("aria-label")))
            .findFirst()
            .orElseThrow();
    button.click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.stalenessOf(button));
    return new MembersPage(browser);
  }
}
