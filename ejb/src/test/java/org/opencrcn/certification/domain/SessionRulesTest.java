package org.opencrcn.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.certification.domain.SessionRefusedException.Reason;

class SessionRulesTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 5, 10, 0);

  private static SessionDetails at(LocalDate date, LocalTime time) {
    return new SessionDetails(null, "Bâtiment A", "Salle 12", date, time, "M. Dupont", null);
  }

  @Test
  @DisplayName("A session later today or tomorrow may be planned; one already past is refused")
  void notInThePast() {
    at(NOW.toLocalDate(), LocalTime.of(10, 30)).check(NOW);
    at(NOW.toLocalDate().plusDays(1), LocalTime.of(8, 0)).check(NOW);

    assertThatThrownBy(() -> at(NOW.toLocalDate(), LocalTime.of(9, 0)).check(NOW))
        .extracting(e -> ((SessionRefusedException) e).reason())
        .isEqualTo(Reason.IN_THE_PAST);
    assertThatThrownBy(() -> at(NOW.toLocalDate().minusDays(1), LocalTime.of(14, 0)).check(NOW))
        .extracting(e -> ((SessionRefusedException) e).reason())
        .isEqualTo(Reason.IN_THE_PAST);
  }

  @Test
  @DisplayName("Site, room and supervisor are required; name and observation are optional")
  void requiredFields() {
    SessionDetails noRoom =
        new SessionDetails(
            "", "Bâtiment A", "  ", NOW.toLocalDate().plusDays(1), LocalTime.NOON, "X", "");

    assertThatThrownBy(() -> noRoom.stripped().check(NOW))
        .extracting(e -> ((SessionRefusedException) e).reason())
        .isEqualTo(Reason.MISSING_FIELD);
    assertThat(noRoom.stripped().name()).isNull();
  }

  @Test
  @DisplayName("Extra time goes from 0 to 999 %; 1000 and 2000 % are refused, as a negative one")
  void extraTime() {
    candidate(0, LocalDate.of(2011, 3, 1)).check(NOW.toLocalDate());
    candidate(999, LocalDate.of(2011, 3, 1)).check(NOW.toLocalDate());

    for (int refused : new int[] {-1, 1000, 2000}) {
      assertThatThrownBy(
              () -> candidate(refused, LocalDate.of(2011, 3, 1)).check(NOW.toLocalDate()))
          .extracting(e -> ((SessionRefusedException) e).reason())
          .isEqualTo(Reason.EXTRA_TIME);
    }
  }

  @Test
  @DisplayName("A birthdate in the future is refused")
  void birthdateInTheFuture() {
    assertThatThrownBy(() -> candidate(0, NOW.toLocalDate().plusDays(1)).check(NOW.toLocalDate()))
        .extracting(e -> ((SessionRefusedException) e).reason())
        .isEqualTo(Reason.BIRTHDATE_IN_THE_FUTURE);
  }

  @Test
  @DisplayName("Eligible from 5 competences at level 1 or more; unknown without a linked account")
  void eligibility() {
    assertThat(Eligibility.of(5)).isEqualTo(Eligibility.ELIGIBLE);
    assertThat(Eligibility.of(16)).isEqualTo(Eligibility.ELIGIBLE);
    assertThat(Eligibility.of(4)).isEqualTo(Eligibility.NOT_ELIGIBLE);
    assertThat(Eligibility.of(0)).isEqualTo(Eligibility.NOT_ELIGIBLE);
    assertThat(Eligibility.of(null)).isEqualTo(Eligibility.UNKNOWN);
  }

  private static CandidateIdentity candidate(int extraTime, LocalDate birthdate) {
    return new CandidateIdentity(
        "Lefèvre", "Zoé", "F", birthdate, null, null, null, "3A", extraTime, null);
  }
}
