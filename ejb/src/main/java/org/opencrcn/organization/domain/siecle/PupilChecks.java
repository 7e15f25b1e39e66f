package org.opencrcn.organization.domain.siecle;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks the pupils of one file, row after row, and collects every problem (the report lists them
 * all); the file is imported only when none was found. The XML export codes France 100 and the CSV
 * template 99100: both are stored as 99100.
 */
public final class PupilChecks {
  /** The format of the file checked: the CSV template has more required columns. */
  public enum Source {
    XML,
    CSV
  }

  static final String FRANCE = "99100";
  static final int MAX_TEXT = 255;
  static final int MAX_CODE = 32;
  private static final DateTimeFormatter BIRTHDATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final LocalDate EARLIEST_BIRTHDATE = LocalDate.of(1900, 1, 1);

  private final Source source;
  private final LocalDate today;
  private final Set<String> ines = new HashSet<>();
  private final List<SiecleRecord> records = new ArrayList<>();
  private final List<SiecleIssue> issues = new ArrayList<>();

  public PupilChecks(Source source, LocalDate today) {
    this.source = source;
    this.today = today;
  }

  public void check(PupilRow row) {
    int before = issues.size();
    String ine = clean(row.ine());
    if (ine == null) {
      add(row, null, SiecleProblem.INE_MISSING, designation(row));
    } else if (!ines.add(ine)) {
      add(row, ine, SiecleProblem.INE_DUPLICATED, ine);
    }
    required(row, ine, row.familyName(), SiecleProblem.FAMILY_NAME_MISSING);
    required(row, ine, row.firstName(), SiecleProblem.FIRST_NAME_MISSING);
    String sex = sex(row, ine);
    LocalDate birthdate = birthdate(row, ine);
    String country = country(row.birthCountryCode());
    if (FRANCE.equals(country) && clean(row.birthTownCode()) == null) {
      add(row, ine, SiecleProblem.BIRTH_TOWN_CODE_MISSING, null);
    }
    if (source == Source.CSV) {
      csvRequired(row, ine, country);
    }
    lengths(row, ine);
    if (issues.size() == before) {
      records.add(
          new SiecleRecord(
              ine,
              clean(row.familyName()),
              clean(row.usageName()),
              clean(row.firstName()),
              clean(row.secondName()),
              clean(row.thirdName()),
              sex,
              birthdate,
              country,
              clean(row.birthDepartmentCode()),
              clean(row.birthTownCode()),
              clean(row.birthTown()),
              clean(row.mefCode()),
              clean(row.status()),
              clean(row.division())));
    }
  }

  /**
   * Who a pupil without an INE is, since the report's INE column cannot say: names and, in the XML
   * export, its ELEVE_ID ("MARTIN Léa, ELEVE_ID 1234").
   */
  static String designation(PupilRow row) {
    List<String> parts = new ArrayList<>();
    String names =
        Stream.of(row.familyName(), row.firstName())
            .map(PupilChecks::clean)
            .filter(Objects::nonNull)
            .collect(Collectors.joining(" "));
    if (!names.isEmpty()) {
      parts.add(names);
    }
    if (clean(row.sourceId()) != null) {
      parts.add("ELEVE_ID " + clean(row.sourceId()));
    }
    return parts.isEmpty() ? "?" : String.join(", ", parts);
  }

  public List<SiecleRecord> records() {
    return records;
  }

  public List<SiecleIssue> issues() {
    return issues;
  }

  private String sex(PupilRow row, String ine) {
    String sex = clean(row.sex());
    if (sex == null) {
      add(row, ine, SiecleProblem.SEX_MISSING, null);
      return null;
    }
    return switch (sex.toUpperCase(Locale.ROOT)) {
      case "1", "M" -> "M";
      case "2", "F" -> "F";
      default -> {
        add(row, ine, SiecleProblem.SEX_INVALID, sex);
        yield null;
      }
    };
  }

  private LocalDate birthdate(PupilRow row, String ine) {
    String text = clean(row.birthdate());
    if (text == null) {
      add(row, ine, SiecleProblem.BIRTHDATE_MISSING, null);
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text, BIRTHDATE);
      if (date.isBefore(EARLIEST_BIRTHDATE) || date.isAfter(today)) {
        add(row, ine, SiecleProblem.BIRTHDATE_INVALID, text);
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      add(row, ine, SiecleProblem.BIRTHDATE_INVALID, text);
      return null;
    }
  }

  /** The CSV template's starred columns; a pupil born abroad needs the town's name (**). */
  private void csvRequired(PupilRow row, String ine, String country) {
    requiredValue(row, ine, row.birthDepartmentCode(), "Code département naissance");
    requiredValue(row, ine, country, "Code pays naissance");
    requiredValue(row, ine, row.status(), "Statut");
    requiredValue(row, ine, row.mefCode(), "Code MEF");
    requiredValue(row, ine, row.division(), "Division");
    if (country != null && !FRANCE.equals(country) && clean(row.birthTown()) == null) {
      add(row, ine, SiecleProblem.BIRTH_TOWN_MISSING, null);
    }
  }

  private void lengths(PupilRow row, String ine) {
    tooLong(row, ine, row.ine(), MAX_CODE, "INE");
    tooLong(row, ine, row.familyName(), MAX_TEXT, "Nom de famille");
    tooLong(row, ine, row.usageName(), MAX_TEXT, "Nom d'usage");
    tooLong(row, ine, row.firstName(), MAX_TEXT, "Premier prénom");
    tooLong(row, ine, row.secondName(), MAX_TEXT, "Deuxième prénom");
    tooLong(row, ine, row.thirdName(), MAX_TEXT, "Troisième prénom");
    tooLong(row, ine, row.birthTown(), MAX_TEXT, "Libellé commune naissance");
    tooLong(row, ine, row.division(), MAX_TEXT, "Division");
    tooLong(row, ine, row.birthCountryCode(), MAX_CODE, "Code pays naissance");
    tooLong(row, ine, row.birthDepartmentCode(), MAX_CODE, "Code département naissance");
    tooLong(row, ine, row.birthTownCode(), MAX_CODE, "Code commune naissance");
    tooLong(row, ine, row.mefCode(), MAX_CODE, "Code MEF");
    tooLong(row, ine, row.status(), MAX_CODE, "Statut");
  }

  private void tooLong(PupilRow row, String ine, String value, int max, String column) {
    String cleaned = clean(value);
    if (cleaned != null && cleaned.length() > max) {
      add(row, ine, SiecleProblem.VALUE_TOO_LONG, column);
    }
  }

  private void required(PupilRow row, String ine, String value, SiecleProblem problem) {
    if (clean(value) == null) {
      add(row, ine, problem, null);
    }
  }

  private void requiredValue(PupilRow row, String ine, String value, String column) {
    if (clean(value) == null) {
      add(row, ine, SiecleProblem.REQUIRED_VALUE_MISSING, column);
    }
  }

  private void add(PupilRow row, String ine, SiecleProblem problem, String detail) {
    issues.add(new SiecleIssue(row.line(), ine, problem, detail));
  }

  /** 100 (the XML export's code for France) becomes the INSEE 99100; other 3-digit codes alike. */
  static String country(String code) {
    String cleaned = clean(code);
    return cleaned != null && cleaned.matches("\\d{3}") ? "99" + cleaned : cleaned;
  }

  static String clean(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
