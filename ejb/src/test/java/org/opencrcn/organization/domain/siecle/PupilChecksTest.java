package org.opencrcn.organization.domain.siecle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules a pupil of a SIECLE file must follow, whatever the file's format. */
class PupilChecksTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 9, 15);

  private static PupilRow row(
      String ine, String sex, String birthdate, String country, String townCode) {
    return new PupilRow(
        7,
        ine,
        "MARTIN",
        " ",
        "Léa",
        "",
        null,
        sex,
        birthdate,
        country,
        "038",
        townCode,
        null,
        "10310019110",
        "ST",
        "6A",
        "4321");
  }

  @Test
  @DisplayName(
      "France is 100 in the XML export and 99100 in the CSV template: both stored as 99100")
  void franceCodes() {
    PupilChecks checks = new PupilChecks(PupilChecks.Source.XML, TODAY);

    checks.check(row("A", "2", "14/03/2012", "100", "38185"));
    checks.check(row("B", "F", "14/03/2012", "99100", "38185"));

    assertThat(checks.issues()).isEmpty();
    assertThat(checks.records())
        .extracting(SiecleRecord::birthCountryCode)
        .containsExactly("99100", "99100");
    assertThat(checks.records())
        .extracting(SiecleRecord::usageName, SiecleRecord::secondName)
        .containsOnly(org.assertj.core.groups.Tuple.tuple(null, null));
  }

  @Test
  @DisplayName(
      "A birthdate in the future or before 1900 is impossible; a pupil with a problem is not kept")
  void impossibleDates() {
    PupilChecks checks = new PupilChecks(PupilChecks.Source.XML, TODAY);

    checks.check(row("A", "1", "16/09/2025", "100", "38185"));
    checks.check(row("B", "1", "31/12/1899", "100", "38185"));
    checks.check(row("C", "1", "2012-03-14", "100", "38185"));

    assertThat(checks.issues())
        .extracting(SiecleIssue::problem)
        .containsOnly(SiecleProblem.BIRTHDATE_INVALID)
        .hasSize(3);
    assertThat(checks.issues()).extracting(SiecleIssue::line).containsOnly(7);
    assertThat(checks.records()).isEmpty();
  }

  @Test
  @DisplayName("A pupil born abroad needs no birth town code")
  void bornAbroad() {
    PupilChecks checks = new PupilChecks(PupilChecks.Source.XML, TODAY);

    checks.check(row("A", "1", "14/03/2012", "132", null));

    assertThat(checks.issues()).isEmpty();
  }
}
