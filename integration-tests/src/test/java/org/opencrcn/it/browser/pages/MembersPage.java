package org.opencrcn.it.browser.pages;

import java.util.List;
import org.opencrcn.it.support.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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
    Waits.clickAndAwaitNewPage(browser, browser.findElement(By.id("invite:send")));
    return new MembersPage(browser);
  }

  /**
   * An administrator clicks "Retirer de l'organisation" on this member's row: the page comes back
   * asking to confirm.
   */
  public MembersPage askRemoval(String memberName) {
    WebElement button =
        browser.findElements(By.cssSelector("#member-table input[id$=':remove']")).stream()
            .filter(b -> b.getAttribute("aria-label").endsWith(" : " + memberName))
            .findFirst()
            .orElseThrow();
    Waits.clickAndAwaitNewPage(browser, button);
    return new MembersPage(browser);
  }

  /** The confirmation's text, naming the member and what they lose; empty when none is asked. */
  public String removalQuestion() {
    return browser.findElements(By.id("confirm-removal-text")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  public MembersPage confirmRemoval() {
    Waits.clickAndAwaitNewPage(browser, browser.findElement(By.id("removal:confirm")));
    return new MembersPage(browser);
  }

  public MembersPage cancelRemoval() {
    Waits.clickAndAwaitNewPage(browser, browser.findElement(By.id("removal:cancel")));
    return new MembersPage(browser);
  }

  /** The signed-in member tries to leave but is refused: the page stays, with the reason. */
  public MembersPage leaveRefused() {
    Waits.clickAndAwaitNewPage(
        browser, browser.findElement(By.cssSelector("#member-table input[id$=':leave']")));
    return new MembersPage(browser);
  }

  /** The signed-in member leaves the organisation; the next page is their learner space. */
  public OpenCrcnPage leave() {
    Waits.clickAndAwaitNewPage(
        browser, browser.findElement(By.cssSelector("#member-table input[id$=':leave']")));
    return new OpenCrcnPage(browser).awaitPath("/app/");
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
    Waits.clickAndAwaitNewPage(browser, button);
    return new MembersPage(browser);
  }
}
