package org.opencrcn.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResumeCheckTest {
  private static final long TEST = 7;

  @Test
  void aQuestionOnScreenAndUnansweredMustComeBack() {
    assertThat(check(Set.of("a"), "b", null, "b").ok()).isTrue();
    assertThat(check(Set.of("a"), "b", null, "c").ok()).isFalse();
    assertThat(check(Set.of("a"), "b", null, null).ok()).isFalse();
  }

  @Test
  void anAcknowledgedQuestionMustNeverComeBack() {
    ResumeCheck.Verdict verdict = check(Set.of("a", "b"), null, null, "a");

    assertThat(verdict.ok()).isFalse();
    assertThat(verdict.reason()).contains("answered question a");
  }

  @Test
  void afterACheckpointAnyNewQuestionWillDo() {
    assertThat(check(Set.of("a"), null, null, "c").ok()).isTrue();
    assertThat(check(Set.of("a"), null, null, null).ok()).isTrue();
  }

  @Test
  void aCutAnswerAskedAgainMustNotBeRecorded() {
    ResumeCheck.Verdict verdict = check(Set.of("a"), "b", "b", "b");

    assertThat(verdict.ok()).isTrue();
    assertThat(verdict.cutAnswer())
        .contains(new ResumeCheck.CutAnswer(new AnswerKey(TEST, "b"), false));
  }

  @Test
  void aCutAnswerTheTestMovedOnFromMustBeRecorded() {
    ResumeCheck.Verdict verdict = check(Set.of("a"), "b", "b", "c");

    assertThat(verdict.ok()).isTrue();
    assertThat(verdict.cutAnswer())
        .contains(new ResumeCheck.CutAnswer(new AnswerKey(TEST, "b"), true));
  }

  private static ResumeCheck.Verdict check(
      Set<String> acknowledged, String shown, String inFlight, String resumed) {
    return ResumeCheck.of(
        TEST,
        acknowledged,
        Optional.ofNullable(shown),
        Optional.ofNullable(inFlight),
        Optional.ofNullable(resumed));
  }
}
