package org.opencrcn.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UniqueViolationTest {

  private static final SQLException H2 =
      new SQLException(
          "Unique index or primary key violation: \"PUBLIC.UK_ANSWER_ONCE_INDEX_7 ON"
              + " PUBLIC.ANSWER(ASSESSMENT_ID NULLS FIRST, CHALLENGE_ID NULLS FIRST)\"",
          "23505");
  private static final SQLException POSTGRESQL =
      new SQLException(
          "ERROR: duplicate key value violates unique constraint \"uk_answer_once\"", "23505");

  @Test
  @DisplayName(
      "The constraint named, on H2 and PostgreSQL, found under the persistence layer's wrapping")
  void namedConstraint() {
    assertThat(UniqueViolation.of(new PersistenceException("flush", H2), "uk_answer_once"))
        .isTrue();
    assertThat(
            UniqueViolation.of(
                new PersistenceException(new RuntimeException(POSTGRESQL)), "UK_ANSWER_ONCE"))
        .isTrue();
  }

  @Test
  @DisplayName("Another constraint, another kind of error or no database error at all: not it")
  void somethingElse() {
    assertThat(UniqueViolation.of(new PersistenceException(H2), "uk_pupil_ine")).isFalse();
    assertThat(
            UniqueViolation.of(
                new SQLException("check constraint \"uk_answer_once\"", "23514"), "uk_answer_once"))
        .isFalse();
    assertThat(UniqueViolation.of(new PersistenceException("no cause"), "uk_answer_once"))
        .isFalse();
  }
}
