package org.opencrcn.reliability;

import java.io.IOException;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A simulated learner's certification test, through the real pages: joins with the session's codes,
 * its names and birthdate ({@code /app/certification.xhtml}), waits to be admitted, answers on
 * {@code /app/certification-test.xhtml}, and after a crash joins again once the supervisor has
 * allowed the resume (a killed server has lost the browser's session, so the test sees another
 * browser). Remembers, as the positioning learner does, what it was told for the checks.
 */
final class CertificationSitting {
  private static final DateTimeFormatter BIRTHDATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  // certif.test.refused.FINISHED, French (the browser asks for French).
  private static final String FINISHED = "Votre test est termin";

  private final Browser browser;
  private final URI app;
  private final SittingCodes codes;
  private final CandidateIdentity identity;
  private final AnswerLedger ledger;
  private final Random random;

  private HtmlPage page;
  private long courseId;
  private boolean finished;
  private final Set<String> acknowledged = new HashSet<>();
  private Optional<String> shown = Optional.empty();
  private Optional<String> inFlight = Optional.empty();

  CertificationSitting(
      Browser browser,
      URI app,
      SittingCodes codes,
      CandidateIdentity identity,
      AnswerLedger ledger,
      Random random) {
    this.browser = browser;
    this.app = app;
    this.codes = codes;
    this.identity = identity;
    this.ledger = ledger;
    this.random = random;
  }

  /** The end page was received: the test is over, the learner goes back to positioning. */
  boolean finished() {
    return finished;
  }

  /** Joins the session; lands on the waiting page (or the test, after a resume). */
  void join() throws IOException, SimulatedLearner.UnexpectedPage {
    HtmlPage joined = submitJoin();
    if (!joined.path().endsWith("/app/certification-attente.xhtml")) {
      throw new SimulatedLearner.UnexpectedPage("joining did not end on the waiting page", joined);
    }
    courseId = course(joined);
    see(joined);
  }

  /**
   * One step of the test: asks the waiting page again (as its poll does) or answers the question
   * shown. True when an answer was acknowledged.
   */
  boolean step() throws IOException, SimulatedLearner.UnexpectedPage {
    String path = page.path();
    if (path.endsWith("/app/certification-attente.xhtml")) {
      see(browser.open(page.uri()));
      return false;
    }
    if (path.endsWith("/app/certification-test.xhtml") && page.challengeId().isPresent()) {
      return answerShownQuestion();
    }
    throw new SimulatedLearner.UnexpectedPage("unexpected page during the certification", page);
  }

  private boolean answerShownQuestion() throws IOException, SimulatedLearner.UnexpectedPage {
    String challenge = page.challengeId().orElseThrow();
    HtmlPage.Form form =
        page.form(id -> id.equals("answer") || id.endsWith(":answer"))
            .orElseThrow(() -> new SimulatedLearner.UnexpectedPage("no answer form", page));
    Map<String, String> fields =
        LearnerPages.answerFields(form, random)
            .orElseThrow(() -> new SimulatedLearner.UnexpectedPage("no Valider button", page));
    inFlight = Optional.of(challenge);
    Browser.Response response = browser.submit(form.action(), fields);
    String next = response.location().map(URI::getPath).orElse("");
    if (!response.redirect()
        || !(next.endsWith("/app/certification-test.xhtml")
            || next.endsWith("/app/certification-fin.xhtml"))) {
      throw new SimulatedLearner.UnexpectedPage(
          "certification answer not acknowledged", browser.follow(response));
    }
    AnswerKey key = new AnswerKey(courseId, challenge);
    if (!ledger.acknowledge(key)) {
      throw new SimulatedLearner.UnexpectedPage("the same answer acknowledged twice: " + key, page);
    }
    acknowledged.add(challenge);
    inFlight = Optional.empty();
    shown = Optional.empty();
    see(browser.follow(response));
    return true;
  }

  /**
   * After a crash (the supervisor has allowed the resume): joins again with the same codes and
   * checks the question the test goes on with. A finished test refuses the join: no question.
   */
  ResumeCheck.Verdict resume() throws IOException, SimulatedLearner.UnexpectedPage {
    HtmlPage joined = submitJoin();
    if (joined.path().endsWith("/app/certification-attente.xhtml")) {
      // The waiting page moves on to the test (or its end) at once: the course was admitted.
      joined = browser.open(joined.uri());
    }
    Optional<String> resumed;
    if (joined.path().endsWith("/app/certification-test.xhtml")
        && joined.challengeId().isPresent()) {
      if (course(joined) != courseId) {
        return ResumeCheck.Verdict.wrong("the join opened course " + course(joined));
      }
      resumed = joined.challengeId();
    } else if (joined.path().endsWith("/app/certification-fin.xhtml")
        || (joined.path().endsWith("/app/certification.xhtml")
            && joined.html().contains(FINISHED))) {
      resumed = Optional.empty();
    } else {
      throw new SimulatedLearner.UnexpectedPage("joining again after the crash failed", joined);
    }
    ResumeCheck.Verdict verdict = ResumeCheck.of(courseId, acknowledged, shown, inFlight, resumed);
    inFlight = Optional.empty();
    see(joined);
    if (resumed.isEmpty()) {
      finished = true;
    }
    return verdict;
  }

  private HtmlPage submitJoin() throws IOException, SimulatedLearner.UnexpectedPage {
    HtmlPage form = browser.open(app.resolve("app/certification.xhtml"));
    HtmlPage.Form join =
        form.form(id -> id.equals("join"))
            .orElseThrow(() -> new SimulatedLearner.UnexpectedPage("no joining form", form));
    Map<String, String> fields = join.hiddenFields();
    fields.put("join:session", Long.toString(codes.sessionNumber()));
    fields.put("join:code", codes.accessCode());
    fields.put("join:familyName", identity.familyName());
    fields.put("join:firstName", identity.firstName());
    fields.put("join:birthdate", BIRTHDATE.format(identity.birthdate()));
    fields.put("join:submit", join.button("submit").map(HtmlPage.Input::value).orElse(""));
    return browser.follow(browser.submit(join.action(), fields));
  }

  /** Takes the page in; a question page is "shown" once it has arrived whole. */
  private void see(HtmlPage received) {
    page = received;
    if (received.path().endsWith("/app/certification-fin.xhtml")) {
      finished = true;
    }
    shown =
        received.path().endsWith("/app/certification-test.xhtml")
            ? received.challengeId()
            : Optional.empty();
  }

  private static long course(HtmlPage page) throws SimulatedLearner.UnexpectedPage {
    return Long.parseLong(
        page.queryParameter("course")
            .orElseThrow(
                () -> new SimulatedLearner.UnexpectedPage("no course in the address", page)));
  }
}
