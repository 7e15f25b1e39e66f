package org.opencrcn.certification.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One line of the candidates template, as typed in a spreadsheet, checked field by field: every
 * problem of the line is reported, not only the first, so that a file is corrected in one go.
 */
public record CandidateLine(
    int line,
    String familyName,
    String firstName,
    String sex,
    String birthdate,
    String birthTown,
    String birthDepartment,
    String birthCountry,
    String externalId,
    String extraTime,
    String resultRecipientEmail) {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** The problems of the line; none when it makes a candidate. */
  public List<CandidateLineIssue> problems(LocalDate today) {
    List<CandidateLineIssue> issues = new ArrayList<>();
    if (blank(familyName) || blank(firstName)) {
      issues.add(issue(CandidateLineIssue.Problem.MISSING_NAME, ""));
    }
    if (!blank(sex) && !List.of("M", "F").contains(sex.strip().toUpperCase(Locale.ROOT))) {
      issues.add(issue(CandidateLineIssue.Problem.BAD_SEX, sex));
    }
    LocalDate born = date();
    if (born == null) {
      issues.add(issue(CandidateLineIssue.Problem.BAD_BIRTHDATE, birthdate));
    } else if (born.isAfter(today)) {
      issues.add(issue(CandidateLineIssue.Problem.BIRTHDATE_IN_THE_FUTURE, birthdate));
    }
    Integer extra = extraTimePercent();
    if (extra == null || extra < 0 || extra >= CandidateIdentity.MAX_EXTRA_TIME_EXCLUDED) {
      issues.add(issue(CandidateLineIssue.Problem.BAD_EXTRA_TIME, extraTime));
    }
    if (!blank(resultRecipientEmail) && !EMAIL.matcher(resultRecipientEmail.strip()).matches()) {
      issues.add(issue(CandidateLineIssue.Problem.BAD_EMAIL, resultRecipientEmail));
    }
    return issues;
  }

  /** The candidate this line makes; call only when {@link #problems} found none. */
  public CandidateIdentity identity() {
    return new CandidateIdentity(
        familyName.strip(),
        firstName.strip(),
        blank(sex) ? null : sex.strip().toUpperCase(Locale.ROOT),
        date(),
        optional(birthTown),
        optional(birthDepartment),
        optional(birthCountry),
        optional(externalId),
        extraTimePercent(),
        optional(resultRecipientEmail));
  }

  CandidateLineIssue issue(CandidateLineIssue.Problem problem, String value) {
    return new CandidateLineIssue(line, problem, value == null ? "" : value.strip());
  }

  private LocalDate date() {
    if (blank(birthdate)) {
      return null;
    }
    try {
      return LocalDate.parse(birthdate.strip(), DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Empty means no extra time; "33", "33 %" and "33%" are 33. */
  private Integer extraTimePercent() {
    if (blank(extraTime)) {
      return 0;
    }
    String digits = extraTime.strip().replace("%", "").strip();
    try {
      return Integer.valueOf(digits);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String optional(String value) {
    return blank(value) ? null : value.strip();
  }
}
