package org.opencrcn.certification.domain.course;

import java.time.Instant;
import java.util.List;

/**
 * What a candidate's finished (or ended) sitting says, for scoring: the course and each question
 * asked in it, in order. Plain values, no entity: scoring reads it, never changes a course.
 *
 * @param endReason the supervisor's reason when {@code status} is ENDED_BY_SUPERVISOR, else null
 */
public record CertificationTestRecord(
    long courseId,
    long candidateId,
    long sessionId,
    long accountId,
    TestAlgorithm algorithm,
    CourseStatus status,
    Instant startedAt,
    Instant endedAt,
    String endReason,
    List<Question> questions) {

  /**
   * One question asked: the competence and skill it tests, the skill's difficulty level (1 to 8),
   * its result, and whether it was neutralised (it then counts for nothing).
   */
  public record Question(
      int position,
      String challengeId,
      String competenceCode,
      String skillName,
      int skillLevel,
      AnswerResult result,
      boolean neutralised) {}

  public static CertificationTestRecord of(CertificationCourse course, List<AskedChallenge> asked) {
    return new CertificationTestRecord(
        course.id(),
        course.candidateId(),
        course.sessionId(),
        course.accountId(),
        course.algorithm(),
        course.status(),
        course.startedAt(),
        course.endedAt(),
        course.endReason(),
        asked.stream()
            .map(
                a ->
                    new Question(
                        a.position(),
                        a.challengeId(),
                        a.competenceCode(),
                        a.skillName(),
                        a.skillLevel(),
                        a.result(),
                        a.neutralised()))
            .toList());
  }
}
