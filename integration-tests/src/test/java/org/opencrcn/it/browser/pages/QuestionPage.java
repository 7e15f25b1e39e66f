package org.opencrcn.it.browser.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencrcn.it.support.Waits;
import org.opencrcn.referential.application.ShippedPack;
import org.opencrcn.referential.domain.CrcnFrame;
import org.opencrcn.referential.domain.content.Challenge;
import org.opencrcn.referential.domain.content.Solution;
import org.opencrcn.referential.infrastructure.pack.ContentPackReader;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The question page of a test, answered as a learner who knows everything would: the right answer
 * comes from the shipped content pack, typed or clicked in the form like a person does.
 */
public final class QuestionPage {
  private static final Map<String, Challenge> SHIPPED = shippedChallenges();
  private final WebDriver browser;

  public QuestionPage(WebDriver browser) {
    this.browser = browser;
  }

  private static Map<String, Challenge> shippedChallenges() {
    var pack =
        new ContentPackReader()
            .read(ShippedPack.files(), CrcnFrame.COMPETENCE_CODES)
            .pack()
            .orElseThrow();
    Map<String, Challenge> byId = new HashMap<>();
    pack.competences()
        .forEach(
            competence ->
                competence
                    .tubes()
                    .forEach(
                        tube ->
                            tube.skills()
                                .forEach(
                                    skill ->
                                        skill
                                            .challenges()
                                            .forEach(
                                                challenge ->
                                                    challenge
                                                        .declinations()
                                                        .forEach(c -> byId.put(c.id(), c))))));
    return byId;
  }

  public String challengeId() {
    return browser
        .findElement(By.cssSelector("article[data-challenge]"))
        .getAttribute("data-challenge");
  }

  /**
   * The proposals of the QCU or QCM shown, by their number in the pack (the value each box sends),
   * in the order the page shows them.
   */
  public List<Integer> proposalOrder() {
    return browser
        .findElements(By.cssSelector("input[name='answer:choice'], input[name='answer:choices']"))
        .stream()
        .map(input -> Integer.valueOf(input.getAttribute("value")))
        .toList();
  }

  /** Gives the right answer to the question shown and validates it; waits for the next page. */
  public void answerRight() {
    fillRight();
    submit(By.id("answer:validate"));
  }

  /** Types or ticks the right answer to the question shown, without validating it. */
  public void fillRight() {
    Challenge challenge = SHIPPED.get(challengeId());
    switch (challenge.solution()) {
      case Solution.SingleChoice single -> choose("answer:choice", single.proposal());
      case Solution.MultipleChoice multiple ->
          multiple.proposals().forEach(p -> choose("answer:choices", p));
      case Solution.FreeText text ->
          browser.findElement(By.id("answer:text")).sendKeys(text.accepted().get(0));
      case Solution.IndependentFields fields -> {
        List<WebElement> inputs = fieldInputs();
        for (int i = 0; i < challenge.fields().size(); i++) {
          inputs
              .get(i)
              .sendKeys(fields.acceptedByField().get(challenge.fields().get(i).key()).get(0));
        }
      }
      case Solution.DependentFields dependent -> {
        List<WebElement> inputs = fieldInputs();
        for (int i = 0; i < inputs.size(); i++) {
          inputs.get(i).sendKeys(dependent.groups().get(i).get(0));
        }
      }
    }
  }

  /** "Question n / m" of the page. */
  public String progress() {
    return browser.findElement(By.id("progress")).getText();
  }

  /**
   * Adds to the question's form a choice no question offers (as a tampered page would), sends it
   * with the real fields empty, and returns the message the page answers with.
   */
  public String submitTamperedChoice() {
    ((JavascriptExecutor) browser)
        .executeScript(
            "var form = document.getElementById('answer');"
                + "['answer:choice', 'answer:choices'].forEach(function (name) {"
                + "  var input = document.createElement('input'); input.type = 'hidden';"
                + "  input.name = name; input.value = '99'; form.appendChild(input); });");
    WebElement article = browser.findElement(By.cssSelector("article[data-challenge]"));
    browser.findElement(By.id("answer:validate")).click();
    Waits.gone(browser, article);
    return Waits.nonBlankText(browser, By.id("messages"));
  }

  /** "Je passe"; waits for the next page. */
  public void skip() {
    submit(By.id("answer:skip"));
  }

  private void choose(String name, int proposal) {
    browser
        .findElement(By.cssSelector("input[name='" + name + "'][value='" + proposal + "']"))
        .click();
  }

  private List<WebElement> fieldInputs() {
    return browser.findElements(By.cssSelector("input[id$=':field']"));
  }

  private void submit(By button) {
    WebElement article = browser.findElement(By.cssSelector("article[data-challenge]"));
    browser.findElement(button).click();
    Waits.gone(browser, article);
    awaitTestPage(browser);
  }

  /**
   * Waits until a page of the test is there: a question, a checkpoint or a result (positioning or
   * discovery).
   */
  public static void awaitTestPage(WebDriver browser) {
    Waits.nonEmpty(
        browser,
        "a question, a checkpoint or a result",
        () ->
            browser.findElements(
                By.cssSelector(
                    "article[data-challenge], #checkpoint-answers, #result-level, #discovery-score")));
  }
}
