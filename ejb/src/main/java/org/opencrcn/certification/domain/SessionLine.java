package org.opencrcn.certification.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the sessions template: its session's fields as typed, and its candidate (whose names
 * may be empty: the line then only plans the session).
 */
public record SessionLine(
    int line,
    String site,
    String room,
    String name,
    String date,
    String time,
    String supervisor,
    String observation,
    CandidateLine candidate) {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

  /** Whether the line names a candidate (else it only plans its session). */
  public boolean hasCandidate() {
    return !(blank(candidate.familyName())
        && blank(candidate.firstName())
        && blank(candidate.birthdate()));
  }

  /** The problems of the session's fields on this line (the candidate's are checked apart). */
  public List<CandidateLineIssue> sessionProblems(LocalDateTime now) {
    List<CandidateLineIssue> issues = new ArrayList<>();
    if (blank(site) || blank(room) || blank(supervisor)) {
      issues.add(issue(CandidateLineIssue.Problem.SESSION_FIELD_MISSING, ""));
    }
    LocalDate day = parse(date, DATE, LocalDate::from);
    LocalTime start = parse(time, TIME, LocalTime::from);
    if (day == null) {
      issues.add(issue(CandidateLineIssue.Problem.BAD_SESSION_DATE, date));
    }
    if (start == null) {
      issues.add(issue(CandidateLineIssue.Problem.BAD_SESSION_TIME, time));
    }
    if (day != null && start != null && !day.atTime(start).isAfter(now)) {
      issues.add(issue(CandidateLineIssue.Problem.SESSION_IN_THE_PAST, date + " " + time));
    }
    return issues;
  }

  /** The session this line belongs to; call only when {@link #sessionProblems} found none. */
  public SessionDetails details() {
    return new SessionDetails(
            name,
            site,
            room,
            parse(date, DATE, LocalDate::from),
            parse(time, TIME, LocalTime::from),
            supervisor,
            observation)
        .stripped();
  }

  private CandidateLineIssue issue(CandidateLineIssue.Problem problem, String value) {
    return new CandidateLineIssue(line, problem, value == null ? "" : value.strip());
  }

  private static <T> T parse(
      String value, DateTimeFormatter format, java.time.temporal.TemporalQuery<T> query) {
    if (blank(value)) {
      return null;
    }
    try {
      return format.parse(value.strip(), query);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
