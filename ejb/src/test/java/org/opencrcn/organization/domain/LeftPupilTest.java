package org.opencrcn.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What an anonymised record of a pupil who left keeps, and from when. */
class LeftPupilTest {

  @Test
  @DisplayName("Pupils disabled more than the delay (in calendar months) before now are anonymised")
  void delayInMonths() {
    Instant now = Instant.parse("2027-05-31T02:00:00Z");

    assertThat(LeftPupil.anonymisedFrom(now, 3, ZoneOffset.UTC))
        .isEqualTo(Instant.parse("2027-02-28T02:00:00Z"));
    assertThat(LeftPupil.anonymisedFrom(now, 0, ZoneOffset.UTC)).isEqualTo(now);
    assertThatThrownBy(() -> LeftPupil.anonymisedFrom(now, -1, ZoneOffset.UTC))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("Only the birth year is kept, and the INE becomes one no SIECLE file holds")
  void keptForStatistics() {
    assertThat(LeftPupil.keptBirthdate(LocalDate.of(2012, 8, 17)))
        .isEqualTo(LocalDate.of(2012, 1, 1));
    assertThat(LeftPupil.anonymousIne(4711)).isEqualTo("ANON-4711");
    assertThat(LeftPupil.anonymousIne(4711)).doesNotMatch("\\d{9}[A-Z]{2}|\\d{10}[A-Z]");
  }
}
