package org.opencrcn.reliability;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A learner with a browser: registers on Keycloak's form, starts positioning tests from the
 * dashboard, answers questions through the answer form and resumes with "Reprendre" after a crash.
 * Remembers what it was told, for the checks: the answers acknowledged, the question last shown,
 * the answer a crash cut.
 */
public final class SimulatedLearner {
  private static final Pattern REGISTRATION_LINK =
      Pattern.compile("href=\"([^\"]*login-actions/registration[^\"]*)\"");
  static final String PASSWORD = "Fiabilite-2026";
  static final String FIRST_NAME = "Élève";

  /** A page the learner did not expect (an error page, a refused answer...). */
  public static final class UnexpectedPage extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient HtmlPage page;

    UnexpectedPage(String what, HtmlPage page) {
      super(what + " (" + page.status() + " " + page.uri() + ")");
      this.page = page;
    }

    public HtmlPage page() {
      return page;
    }
  }

  private final String username;
  private final URI app;
  private final AnswerLedger ledger;
  private final Random random;
  // A pupil's browser waits minutes for an answer; so do these (a loaded machine is slow, not
  // down).
  private final Browser browser = new Browser(Duration.ofMinutes(2));
  private final int firstCompetence;

  private HtmlPage page;
  private Long assessmentId;
  private String competenceCode;
  private final Map<Long, Set<String>> acknowledged = new LinkedHashMap<>();
  private Optional<String> shown = Optional.empty();
  private Optional<String> inFlight = Optional.empty();
  private int answersAcknowledged;
  private final Set<String> unavailable = new HashSet<>();
  private CertificationSitting sitting;
  private Duration certificationThinkTime = Duration.ZERO;

  public SimulatedLearner(int number, URI app, AnswerLedger ledger, long seed) {
    this.username = username(number);
    this.app = app;
    this.ledger = ledger;
    this.random = new Random(seed + number);
    this.firstCompetence = number;
  }

  public String username() {
    return username;
  }

  static String username(int number) {
    return String.format("fiabilite-%03d", number);
  }

  /** The family name typed on Keycloak's form (and enrolled as a certification candidate). */
  static String familyName(String username) {
    return "Fiabilité " + username.substring(username.length() - 3);
  }

  /**
   * Makes this learner a candidate of the certification session: until its test is over, its steps
   * are the certification test's, slower (a candidate reads longer), and its acknowledgements go to
   * the ledger given.
   */
  void enrol(
      SittingCodes codes, CandidateIdentity identity, AnswerLedger certification, Duration think) {
    sitting = new CertificationSitting(browser, app, codes, identity, certification, random);
    certificationThinkTime = think;
  }

  /** Joins the certification session, if enrolled. */
  void joinCertification() throws IOException, UnexpectedPage {
    if (sitting != null) {
      sitting.join();
    }
  }

  /** Whether the learner is taking its certification test (enrolled, test not over). */
  boolean inCertification() {
    return sitting != null && !sitting.finished();
  }

  /**
   * After a clean restart: the pages held belong to the stopped server, open the dashboard again.
   */
  void afterRestart() {
    page = null;
  }

  public int answersAcknowledged() {
    return answersAcknowledged;
  }

  /** Creates the account on Keycloak's registration form, lands on the dashboard. */
  public void register() throws IOException, UnexpectedPage {
    HtmlPage login = browser.open(app.resolve("signin"));
    Matcher link = REGISTRATION_LINK.matcher(login.html());
    if (!link.find()) {
      throw new UnexpectedPage("no registration link on the sign-in page", login);
    }
    HtmlPage registration = browser.open(login.uri().resolve(HtmlPage.decode(link.group(1))));
    HtmlPage.Form form =
        registration
            .form(id -> id.equals("kc-register-form"))
            .orElseThrow(() -> new UnexpectedPage("no registration form", registration));
    Map<String, String> fields = form.hiddenFields();
    fields.put("firstName", "Élève");
    fields.put("lastName", "Fiabilité " + username.substring(username.length() - 3));
    fields.put("email", "");
    fields.put("username", username);
    fields.put("password", PASSWORD);
    fields.put("password-confirm", PASSWORD);
    page = browser.follow(browser.submit(form.action(), fields));
    if (!page.path().endsWith("/app/index.xhtml")) {
      throw new UnexpectedPage("registration did not end on the dashboard", page);
    }
  }

  /**
   * "Se déconnecter", as a pupil leaving the computer: the application ends its session and sends
   * the browser through Keycloak's logout back to the home page.
   */
  public void signOut() throws IOException, UnexpectedPage {
    HtmlPage home = browser.follow(browser.submit(app.resolve("signout"), Map.of()));
    // Keycloak's own page (a logout confirmation) would be on Keycloak's port.
    if (home.status() != 200 || home.uri().getPort() != app.getPort()) {
      throw new UnexpectedPage("signing out did not end on the application", home);
    }
  }

  /**
   * Answers questions until told to stop or {@code maxAnswers} are acknowledged. An answer cut by
   * an IOException (the server killed) stays in flight for the resume check.
   */
  public void answer(BooleanSupplier stop, int maxAnswers, Duration thinkTime)
      throws IOException, UnexpectedPage {
    long target = (long) answersAcknowledged + maxAnswers; // MAX_VALUE: no limit, no overflow
    try {
      while (!stop.getAsBoolean() && answersAcknowledged < target) {
        Duration think = inCertification() ? certificationThinkTime : thinkTime;
        step();
        if (think.toMillis() > 0) {
          Thread.sleep(random.nextLong(think.toMillis() + 1));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void step() throws IOException, UnexpectedPage {
    if (inCertification()) {
      if (sitting.step()) {
        answersAcknowledged++;
      }
      if (sitting.finished()) {
        page = null; // back to positioning, from the dashboard
      }
      return;
    }
    if (page == null) {
      page = browser.open(dashboard());
    }
    String path = page.path();
    if (path.endsWith("/app/test.xhtml") && page.challengeId().isPresent()) {
      answerShownQuestion();
    } else if (path.endsWith("/app/checkpoint.xhtml")) {
      URI next =
          page.link(attributes -> attributes.getOrDefault("id", "").endsWith("continue"))
              .orElseThrow(() -> new UnexpectedPage("no continue link on the checkpoint", page));
      see(browser.open(next));
    } else if (path.endsWith("/app/result.xhtml") || path.endsWith("/app/index.xhtml")) {
      startNextCompetence();
    } else {
      throw new UnexpectedPage("unexpected page", page);
    }
  }

  private void answerShownQuestion() throws IOException, UnexpectedPage {
    String challenge = page.challengeId().orElseThrow();
    long assessment = assessmentOf(page);
    HtmlPage.Form form =
        page.form(id -> id.equals("answer") || id.endsWith(":answer"))
            .orElseThrow(() -> new UnexpectedPage("no answer form", page));
    Map<String, String> fields = answerFields(form);
    inFlight = Optional.of(challenge);
    Browser.Response response = browser.submit(form.action(), fields);
    String next = response.location().map(URI::getPath).orElse("");
    if (response.redirect()
        && (next.endsWith("/app/test.xhtml") || next.endsWith("/app/checkpoint.xhtml"))) {
      AnswerKey key = new AnswerKey(assessment, challenge);
      if (!ledger.acknowledge(key)) {
        throw new UnexpectedPage("the same answer acknowledged twice: " + key, page);
      }
      acknowledged.computeIfAbsent(assessment, id -> new HashSet<>()).add(challenge);
      answersAcknowledged++;
      inFlight = Optional.empty();
      shown = Optional.empty();
      see(browser.follow(response));
    } else {
      // Still in flight for the checks: an error page must mean the answer was not recorded.
      throw new UnexpectedPage("answer not acknowledged", browser.follow(response));
    }
  }

  /** What a learner fills in: one choice, one box, a word in each text field; then "Valider". */
  private Map<String, String> answerFields(HtmlPage.Form form) throws UnexpectedPage {
    return LearnerPages.answerFields(form, random)
        .orElseThrow(() -> new UnexpectedPage("no Valider button", page));
  }

  private void startNextCompetence() throws IOException, UnexpectedPage {
    HtmlPage home = page.path().endsWith("/app/index.xhtml") ? page : browser.open(dashboard());
    List<String> startable = new ArrayList<>();
    for (String code : LearnerPages.competences(home)) {
      if (!startForms(home, code).isEmpty() && !unavailable.contains(code)) {
        startable.add(code);
      }
    }
    if (startable.isEmpty()) {
      throw new UnexpectedPage("every competence completed", home);
    }
    String code = startable.get(Math.floorMod(firstCompetence, startable.size()));
    HtmlPage test = start(home, code);
    competenceCode = code;
    assessmentId = assessmentOf(test);
    see(test);
  }

  /**
   * After a crash: signs in again (Keycloak's session is still there, no password), presses
   * "Reprendre" on the test's competence and checks the question shown.
   */
  public ResumeCheck.Verdict resume() throws IOException, UnexpectedPage {
    if (inCertification()) {
      page = null;
      return sitting.resume();
    }
    HtmlPage home = browser.open(dashboard());
    if (!home.path().endsWith("/app/index.xhtml")) {
      throw new UnexpectedPage("signing in again did not end on the dashboard", home);
    }
    if (assessmentId == null) {
      page = home;
      return ResumeCheck.Verdict.right();
    }
    Optional<String> resumed;
    if (startForms(home, competenceCode).isEmpty()) {
      // The competence is completed: no "Reprendre", no question.
      page = home;
      resumed = Optional.empty();
    } else {
      HtmlPage test = start(home, competenceCode);
      if (test.path().endsWith("/app/test.xhtml") && assessmentOf(test) != assessmentId) {
        return ResumeCheck.Verdict.wrong(
            "Reprendre opened test " + assessmentOf(test) + " instead of " + assessmentId);
      }
      resumed = test.path().endsWith("/app/test.xhtml") ? test.challengeId() : Optional.empty();
      page = test;
    }
    ResumeCheck.Verdict verdict =
        ResumeCheck.of(
            assessmentId,
            acknowledged.getOrDefault(assessmentId, Set.of()),
            shown,
            inFlight,
            resumed);
    inFlight = Optional.empty();
    shown = resumed;
    return verdict;
  }

  private HtmlPage start(HtmlPage home, String code) throws IOException, UnexpectedPage {
    HtmlPage.Form form =
        startForms(home, code).stream()
            .findFirst()
            .orElseThrow(() -> new UnexpectedPage("no start button for " + code, home));
    Map<String, String> fields =
        LearnerPages.startFields(form)
            .orElseThrow(() -> new UnexpectedPage("no start button", home));
    HtmlPage test = browser.follow(browser.submit(form.action(), fields));
    if (!test.path().endsWith("/app/test.xhtml") && !test.path().endsWith("/app/result.xhtml")) {
      unavailable.add(code);
      throw new UnexpectedPage("starting " + code + " did not open the test", test);
    }
    return test;
  }

  private static List<HtmlPage.Form> startForms(HtmlPage home, String code) {
    return LearnerPages.startForms(home, code);
  }

  /** Takes the page in; a question page is "shown" once it has arrived whole. */
  private void see(HtmlPage received) {
    page = received;
    shown = received.path().endsWith("/app/test.xhtml") ? received.challengeId() : Optional.empty();
  }

  private URI dashboard() {
    return app.resolve("app/index.xhtml");
  }

  private static long assessmentOf(HtmlPage page) throws UnexpectedPage {
    return Long.parseLong(
        page.queryParameter("assessment")
            .orElseThrow(() -> new UnexpectedPage("no test number in the address", page)));
  }
}
