package org.opencrcn.it.security;

import java.util.ArrayList;
import java.util.List;
import org.opencrcn.it.support.AccessRules.Expected;

/**
 * The tally of the HTTP matrix: each case's expectation against what the server did. A leak is a
 * case the rule denies that was served; a wrong refusal, a case the rule allows that was refused
 * (the inventory or the code is wrong); an error, a server error either way.
 */
final class MatrixReport {

  /** What a request came to, after redirects. */
  enum Outcome {
    /** The page asked, served. */
    SHOWN,
    /** Served, but another page of the application (a redirect). */
    MOVED,
    /** Sent to Keycloak's sign-in. */
    SIGN_IN,
    /** 401 or 403, or the access-refused page. */
    REFUSED,
    /** 400 or 404: nothing there for that id. Neither a leak nor a refusal of an allowed case. */
    NOT_FOUND,
    /** A 5xx answer. */
    ERROR;

    boolean served() {
      return this == SHOWN || this == MOVED;
    }

    boolean refused() {
      return this == SIGN_IN || this == REFUSED;
    }
  }

  private final String matrix;
  private int cases;
  private final List<String> leaks = new ArrayList<>();
  private final List<String> wronglyRefused = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();

  MatrixReport(String matrix) {
    this.matrix = matrix;
  }

  void record(String what, String path, Expected expected, Outcome outcome) {
    cases++;
    String line = what + ": " + path + " -> " + outcome;
    if (outcome == Outcome.ERROR) {
      errors.add(line);
    } else if (expected == Expected.DENIED && outcome.served()) {
      leaks.add(line);
    } else if (expected == Expected.ALLOWED && outcome.refused()) {
      wronglyRefused.add(line);
    }
  }

  /** A case judged by the test itself (a tampered form): a leak when {@code leaked}. */
  void judged(String what, boolean leaked) {
    cases++;
    if (leaked) {
      leaks.add(what);
    }
  }

  List<String> problems() {
    List<String> problems = new ArrayList<>();
    leaks.forEach(leak -> problems.add("LEAK " + leak));
    wronglyRefused.forEach(refusal -> problems.add("WRONGLY REFUSED " + refusal));
    errors.forEach(error -> problems.add("ERROR " + error));
    return problems;
  }

  String summary() {
    return "matrix="
        + matrix
        + " cases="
        + cases
        + " leaks="
        + leaks.size()
        + " wrongly_refused="
        + wronglyRefused.size()
        + " errors="
        + errors.size();
  }

  void print() {
    problems().forEach(System.out::println);
    System.out.println(summary());
  }
}
