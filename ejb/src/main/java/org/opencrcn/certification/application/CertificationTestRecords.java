package org.opencrcn.certification.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opencrcn.certification.domain.course.AskedChallenge;
import org.opencrcn.certification.domain.course.CertificationCourse;
import org.opencrcn.certification.domain.course.CertificationTestRecord;
import org.opencrcn.certification.infrastructure.CourseRepository;

/**
 * The candidates' sittings as scoring and finalisation read them. Not a service boundary: the
 * caller (a Certif or administration service) has already checked the role and the centre of the
 * session. Joins the caller's transaction.
 */
@Dependent
public class CertificationTestRecords {
  @Inject private CourseRepository courses;

  /** The candidate's sitting, or empty when they never joined the session. */
  public Optional<CertificationTestRecord> ofCandidate(long candidateId) {
    return courses
        .ofCandidate(candidateId)
        .map(course -> CertificationTestRecord.of(course, courses.asked(course.id())));
  }

  /** Every sitting of the session (one per candidate who joined), by course id. */
  public List<CertificationTestRecord> ofSession(long sessionId) {
    List<CertificationCourse> ofSession = courses.ofSession(sessionId);
    Map<Long, List<AskedChallenge>> asked =
        courses.asked(ofSession.stream().map(CertificationCourse::id).toList()).stream()
            .collect(Collectors.groupingBy(AskedChallenge::courseId));
    return ofSession.stream()
        .map(c -> CertificationTestRecord.of(c, asked.getOrDefault(c.id(), List.of())))
        .toList();
  }

  /**
   * Neutralises (or restores) a question of a course: it then counts for nothing in scoring.
   *
   * @return false when the course has no such challenge
   */
  public boolean neutralise(long courseId, String challengeId, boolean neutralised) {
    return courses.asked(courseId).stream()
        .filter(a -> a.challengeId().equals(challengeId))
        .findFirst()
        .map(
            a -> {
              a.neutralise(neutralised);
              return true;
            })
        .orElse(false);
  }
}
