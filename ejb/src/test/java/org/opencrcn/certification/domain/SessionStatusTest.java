package org.opencrcn.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SessionStatusTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

  @Test
  @DisplayName("A created session is to be finalised once its day has passed, not on the day")
  void createdThenToFinalise() {
    assertThat(SessionStatus.shown(SessionStatus.CREATED, TODAY.plusDays(1), TODAY))
        .isEqualTo(SessionStatus.CREATED);
    assertThat(SessionStatus.shown(SessionStatus.CREATED, TODAY, TODAY))
        .isEqualTo(SessionStatus.CREATED);
    assertThat(SessionStatus.shown(SessionStatus.CREATED, TODAY.minusDays(1), TODAY))
        .isEqualTo(SessionStatus.TO_FINALISE);
  }

  @Test
  @DisplayName("Finalised, processed and published sessions keep their status whatever the date")
  void laterStatusesStay() {
    for (SessionStatus stored :
        new SessionStatus[] {
          SessionStatus.FINALISED, SessionStatus.PROCESSED, SessionStatus.PUBLISHED
        }) {
      assertThat(SessionStatus.shown(stored, TODAY.minusDays(30), TODAY)).isEqualTo(stored);
    }
  }
}
