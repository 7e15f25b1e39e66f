package org.opencrcn.reliability;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The session's supervisor in the room ({@code /certif/surveillance.xhtml}, no account): opens it
 * with the session number and the supervisor password, then presses its buttons as a browser does
 * (the room's plain Faces form; the WebSocket only tells a browser to reload the list).
 */
final class Supervisor {
  private final Browser browser = new Browser(Duration.ofMinutes(2));
  private final URI app;
  private final SittingCodes codes;

  Supervisor(URI app, SittingCodes codes) {
    this.app = app;
    this.codes = codes;
  }

  /** "Autoriser tous les candidats en attente"; returns how many were waiting. */
  int admitAll() throws IOException, SimulatedLearner.UnexpectedPage {
    HtmlPage room = enter();
    int waiting = count(room, "data-status=\"WAITING\"");
    if (waiting > 0) {
      room = press(room, "admit-all");
    }
    int still = count(room, "data-status=\"WAITING\"");
    if (still > 0) {
      throw new SimulatedLearner.UnexpectedPage(still + " candidates still waiting", room);
    }
    return waiting;
  }

  /**
   * "Autoriser la reprise" for every candidate in progress, as after a server crash: each
   * candidate's browser lost its session, so each needs the supervisor's leave to go on. Returns
   * how many were allowed.
   */
  int allowResumeAll() throws IOException, SimulatedLearner.UnexpectedPage {
    HtmlPage room = enter();
    int allowed = 0;
    while (room.form(id -> id.equals("room")).flatMap(form -> form.button(":resume")).isPresent()) {
      room = press(room, ":resume");
      if (++allowed > 1000) {
        throw new SimulatedLearner.UnexpectedPage("the resume buttons do not go away", room);
      }
    }
    return allowed;
  }

  private HtmlPage enter() throws IOException, SimulatedLearner.UnexpectedPage {
    HtmlPage page = browser.open(app.resolve("certif/surveillance.xhtml"));
    HtmlPage.Form form =
        page.form(id -> id.equals("enter"))
            .orElseThrow(() -> new SimulatedLearner.UnexpectedPage("no room form", page));
    Map<String, String> fields = form.hiddenFields();
    fields.put("enter:session", Long.toString(codes.sessionNumber()));
    fields.put("enter:password", codes.supervisorPassword());
    fields.put("enter:open", form.button("open").map(HtmlPage.Input::value).orElse(""));
    HtmlPage room = browser.follow(browser.submit(form.action(), fields));
    if (room.form(id -> id.equals("room")).isEmpty()) {
      throw new SimulatedLearner.UnexpectedPage("the room did not open", room);
    }
    return room;
  }

  /** Presses the room form's first button whose name ends with the suffix. */
  private HtmlPage press(HtmlPage room, String buttonSuffix)
      throws IOException, SimulatedLearner.UnexpectedPage {
    HtmlPage.Form form =
        room.form(id -> id.equals("room"))
            .orElseThrow(() -> new SimulatedLearner.UnexpectedPage("no room form", room));
    Optional<HtmlPage.Input> button = form.button(buttonSuffix);
    if (button.isEmpty()) {
      throw new SimulatedLearner.UnexpectedPage("no button " + buttonSuffix, room);
    }
    Map<String, String> fields = form.hiddenFields();
    fields.put(button.get().name(), button.get().value());
    HtmlPage after = browser.follow(browser.submit(form.action(), fields));
    if (after.status() != 200 || after.form(id -> id.equals("room")).isEmpty()) {
      throw new SimulatedLearner.UnexpectedPage("pressing " + buttonSuffix + " failed", after);
    }
    return after;
  }

  private static int count(HtmlPage page, String marker) {
    return page.html().split(java.util.regex.Pattern.quote(marker), -1).length - 1;
  }
}
