package org.opencrcn.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.certification.domain.DemoSessionDay.CopyForToday;
import org.opencrcn.certification.domain.DemoSessionDay.DemoSession;
import org.opencrcn.certification.domain.DemoSessionDay.Keep;
import org.opencrcn.certification.domain.DemoSessionDay.NoDemoSession;
import org.opencrcn.certification.domain.DemoSessionDay.Redate;

class DemoSessionDayTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  @Test
  @DisplayName("A new demo's session, planned a month ahead and joined by nobody, moves to today")
  void firstStartMovesTheSessionToToday() {
    assertThat(DemoSessionDay.plan(List.of(open(1, TODAY.plusDays(30), false)), TODAY))
        .isEqualTo(new Redate(1));
  }

  @Test
  @DisplayName("A session already today is kept, joined or not (a restart the same day)")
  void todaysSessionIsKept() {
    assertThat(DemoSessionDay.plan(List.of(open(1, TODAY, false)), TODAY)).isEqualTo(new Keep(1));
    assertThat(
            DemoSessionDay.plan(
                List.of(new DemoSession(1, TODAY.minusDays(1), false, true), open(2, TODAY, true)),
                TODAY))
        .isEqualTo(new Keep(2));
  }

  @Test
  @DisplayName(
      "Past midnight (or restarted the next day), yesterday's session nobody joined moves to today")
  void untouchedSessionFollowsTheDay() {
    assertThat(DemoSessionDay.plan(List.of(open(1, TODAY.minusDays(1), false)), TODAY))
        .isEqualTo(new Redate(1));
  }

  @Test
  @DisplayName("A session someone sat on an earlier day stays as it is: today gets a copy of it")
  void sessionSatEarlierIsCopied() {
    assertThat(DemoSessionDay.plan(List.of(open(1, TODAY.minusDays(1), true)), TODAY))
        .isEqualTo(new CopyForToday(1));
  }

  @Test
  @DisplayName("A finalised session, even today's, is copied: today needs one that can be joined")
  void finalisedSessionIsCopied() {
    assertThat(
            DemoSessionDay.plan(
                List.of(new DemoSession(1, TODAY.minusDays(3), false, false), closed(4, TODAY)),
                TODAY))
        .isEqualTo(new CopyForToday(4));
  }

  @Test
  @DisplayName("The latest demo session is the one moved or copied, never an older one")
  void latestIsTheTemplate() {
    assertThat(
            DemoSessionDay.plan(
                List.of(open(7, TODAY.minusDays(9), false), open(3, TODAY.minusDays(2), true)),
                TODAY))
        .isEqualTo(new CopyForToday(3));
  }

  @Test
  @DisplayName("Without any demo session nothing is done")
  void noDemoSession() {
    assertThat(DemoSessionDay.plan(List.of(), TODAY)).isEqualTo(new NoDemoSession());
  }

  private static DemoSession open(long id, LocalDate date, boolean joined) {
    return new DemoSession(id, date, true, joined);
  }

  private static DemoSession closed(long id, LocalDate date) {
    return new DemoSession(id, date, false, true);
  }
}
