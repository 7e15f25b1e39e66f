package org.opencrcn.load;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.opencrcn.reliability.HtmlPage;
import org.opencrcn.reliability.LearnerPages;

/**
 * One learner of the load test: the page its browser shows, and the next request a learner makes
 * from it (answer the question, continue after a checkpoint, start a test from the dashboard).
 * Lives in the Gatling session of its virtual user; read by one virtual user at a time.
 */
final class LoadLearner {
  /** What the next request is; an ANSWER posts the form and follows its redirect by hand. */
  enum Kind {
    ANSWER,
    GET,
    POST
  }

  /** A request to make: its kind, its name in the report, its address and form fields. */
  record Step(Kind kind, String name, String url, Map<String, Object> fields) {}

  /** The page was not one a learner expects (an error page, a refused answer...). */
  static final class UnexpectedPage extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean contentExhausted;

    UnexpectedPage(String what, HtmlPage page) {
      this(what, page, false);
    }

    private UnexpectedPage(String what, HtmlPage page, boolean contentExhausted) {
      super(what + " (" + page.status() + " " + page.uri() + ")");
      this.contentExhausted = contentExhausted;
    }

    /**
     * The learner has completed every competence: nothing is left to answer, nothing went wrong.
     */
    boolean contentExhausted() {
      return contentExhausted;
    }
  }

  private final int number;
  private final Random random;
  private String sessionCookie;
  private HtmlPage page;
  private int answers;
  private int starts;

  LoadLearner(int number, long seed) {
    this.number = number;
    this.random = new Random(seed + number);
  }

  static String username(int number) {
    return String.format("load-%05d", number);
  }

  String username() {
    return username(number);
  }

  int number() {
    return number;
  }

  /** The application's session cookie once signed in, for the phases after the sign-in. */
  String sessionCookie() {
    return sessionCookie;
  }

  void signedIn(String cookie) {
    this.sessionCookie = cookie;
  }

  /** Answers acknowledged so far (the server redirected to the next question or a checkpoint). */
  int answers() {
    return answers;
  }

  void acknowledged() {
    answers++;
  }

  void see(int status, String url, String html) {
    page = new HtmlPage(status, URI.create(url), html);
  }

  /** Keycloak's sign-in form filled in: its address and fields. */
  Step signInForm(String password) {
    HtmlPage.Form form =
        page.form(id -> id.equals("kc-form-login"))
            .orElseThrow(() -> new UnexpectedPage("no Keycloak sign-in form", page));
    Map<String, Object> fields = new HashMap<>(form.hiddenFields());
    fields.put("username", username());
    fields.put("password", password);
    return new Step(Kind.POST, "sign-in form", form.action().toString(), fields);
  }

  boolean onDashboard() {
    return page != null && page.status() == 200 && page.path().endsWith("/app/index.xhtml");
  }

  /** The request a learner makes from the page shown. */
  Step next() {
    if (page.status() != 200) {
      throw new UnexpectedPage("error page", page);
    }
    String path = page.path();
    if (path.endsWith("/app/test.xhtml") && page.challengeId().isPresent()) {
      HtmlPage.Form form =
          page.form(id -> id.equals("answer") || id.endsWith(":answer"))
              .orElseThrow(() -> new UnexpectedPage("no answer form", page));
      Map<String, String> fields =
          LearnerPages.answerFields(form, random)
              .orElseThrow(() -> new UnexpectedPage("no Valider button", page));
      return new Step(Kind.ANSWER, "answer", form.action().toString(), new HashMap<>(fields));
    }
    if (path.endsWith("/app/checkpoint.xhtml")) {
      URI next =
          page.link(attributes -> attributes.getOrDefault("id", "").endsWith("continue"))
              .orElseThrow(() -> new UnexpectedPage("no continue link on the checkpoint", page));
      return new Step(Kind.GET, "checkpoint continue", next.toString(), Map.of());
    }
    if (path.endsWith("/app/index.xhtml")) {
      return start();
    }
    if (path.endsWith("/app/result.xhtml")) {
      return new Step(
          Kind.GET, "dashboard", page.uri().resolve("index.xhtml").toString(), Map.of());
    }
    throw new UnexpectedPage("unexpected page", page);
  }

  /** Starts (or resumes) a competence's test; learners spread over the competences. */
  private Step start() {
    List<String> startable = new ArrayList<>();
    for (String code : LearnerPages.competences(page)) {
      if (!LearnerPages.startForms(page, code).isEmpty()) {
        startable.add(code);
      }
    }
    if (startable.isEmpty()) {
      throw new UnexpectedPage("every competence completed", page, true);
    }
    String code = startable.get(Math.floorMod(number + starts++, startable.size()));
    HtmlPage.Form form = LearnerPages.startForms(page, code).get(0);
    Map<String, String> fields =
        LearnerPages.startFields(form)
            .orElseThrow(() -> new UnexpectedPage("no start button for " + code, page));
    return new Step(Kind.POST, "start test", form.action().toString(), new HashMap<>(fields));
  }
}
