package org.opencrcn.certification.domain.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CertificationCourseTest {
  private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

  private static CertificationCourse course() {
    return new CertificationCourse(1, 2, 3, TestAlgorithm.V2, 42, "browser-a", NOW);
  }

  @Test
  @DisplayName(
      "the browser that joined keeps the test; another is refused until a resume is allowed")
  void anotherBrowserNeedsTheSupervisor() {
    CertificationCourse course = course();

    assertTrue(course.claimBy("browser-a"));
    assertFalse(course.claimBy("browser-b"));
    course.allowResume();
    assertTrue(course.claimBy("browser-b"));
    assertFalse(course.claimBy("browser-a"), "the resumed browser holds it now");
  }

  @Test
  @DisplayName("only a waiting candidate is admitted; the deadline ends the time for answers")
  void admissionAndDeadline() {
    CertificationCourse course = course();

    assertTrue(course.admit(NOW));
    assertFalse(course.admit(NOW.plusSeconds(1)));
    course.start(NOW, Duration.ofMinutes(45));

    assertEquals(CourseStatus.STARTED, course.status());
    assertFalse(course.pastDeadline(NOW.plus(Duration.ofMinutes(44))));
    assertTrue(course.pastDeadline(NOW.plus(Duration.ofMinutes(45))));
  }

  @Test
  @DisplayName("stored answer codes read back as results; no code is an unanswered question")
  void answerCodes() {
    assertEquals(AnswerResult.FOCUS_LOST, AnswerResult.ofCode("focusedOut"));
    assertEquals(AnswerResult.SKIPPED, AnswerResult.ofCode("aband"));
    assertEquals(AnswerResult.UNANSWERED, AnswerResult.ofCode(null));
  }
}
