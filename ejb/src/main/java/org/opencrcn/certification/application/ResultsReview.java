package org.opencrcn.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencrcn.certification.domain.Candidate;
import org.opencrcn.certification.domain.CertificationSession;
import org.opencrcn.certification.domain.SessionStatus;
import org.opencrcn.certification.domain.course.CertificationTestRecord;
import org.opencrcn.certification.domain.result.CertificationResult;
import org.opencrcn.certification.domain.result.ResultRefusedException;
import org.opencrcn.certification.domain.result.ResultRefusedException.Reason;
import org.opencrcn.certification.infrastructure.CourseRepository;
import org.opencrcn.certification.infrastructure.ResultRepository;
import org.opencrcn.certification.infrastructure.SessionRepository;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;

/**
 * The platform administrators' review queue (docs/certification.md, "Review and publication"): the
 * finalised sessions that need a look, where an administrator neutralises a challenge (the
 * candidate's result is scored again), comments, and publishes. Publishing twice is refused, and
 * nothing changes once published.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class ResultsReview {
  public static final int MAX_COMMENT = 1000;

  @Inject private SessionRepository sessions;
  @Inject private ResultRepository results;
  @Inject private CourseRepository courses;
  @Inject private CertificationTestRecords records;
  @Inject private ResultsScoring scoring;
  @Inject private AuditLog audit;

  /** Sessions waiting for publication, oldest first. */
  public List<ReviewQueueRow> queue() {
    return results.reviewQueue().stream()
        .map(
            s ->
                new ReviewQueueRow(
                    s.id(),
                    sessions.centre(s.centreId()).map(c -> c.name()).orElse(""),
                    s.date(),
                    s.finalisedAt(),
                    s.examinerComment() != null,
                    results.ofSession(s.id()).size()))
        .toList();
  }

  public ReviewedSession session(long sessionId) {
    CertificationSession session = existing(sessionId);
    Map<Long, Candidate> candidates =
        sessions.candidates(sessionId).stream()
            .collect(Collectors.toMap(Candidate::id, Function.identity()));
    Map<Long, CertificationTestRecord> tests =
        records.ofSession(sessionId).stream()
            .collect(Collectors.toMap(CertificationTestRecord::courseId, Function.identity()));
    List<ReviewedSession.Candidate> rows =
        results.ofSession(sessionId).stream()
            .map(r -> row(r, candidates.get(r.candidateId()), tests.get(r.courseId())))
            .toList();
    return new ReviewedSession(
        sessionId,
        sessions.centre(session.centreId()).map(c -> c.name()).orElse(""),
        session.date(),
        session.storedStatus(),
        session.finalisedAt(),
        session.examinerComment(),
        session.reviewComment(),
        rows);
  }

  /**
   * Neutralises (or gives back) a challenge of a candidate's test and scores it again.
   *
   * @throws ResultRefusedException not finalised, already published, or no such challenge
   */
  public void neutralise(long sessionId, long resultId, String challengeId, boolean neutralised) {
    CertificationSession session = changeable(sessionId);
    CertificationResult result =
        results
            .result(resultId)
            .filter(r -> r.sessionId() == sessionId)
            .orElseThrow(() -> new AccessDeniedException("No result " + resultId));
    if (!records.neutralise(result.courseId(), challengeId, neutralised)) {
      throw new ResultRefusedException(Reason.UNKNOWN_CHALLENGE);
    }
    courses.flush();
    scoring.rescore(result, Instant.now());
    audit.record(
        AuditAction.CERTIFICATION_CHALLENGE_NEUTRALISED,
        AuditTarget.of("session", session.id()),
        AuditTarget.of("certification-result", resultId));
  }

  /** The administrator's comment on the session (1000 characters at most). */
  public void comment(long sessionId, String comment) {
    CertificationSession session = changeable(sessionId);
    String text = comment == null ? "" : comment.strip();
    if (text.length() > MAX_COMMENT) {
      throw new ResultRefusedException(Reason.COMMENT_TOO_LONG);
    }
    session.reviewComment(text.isEmpty() ? null : text);
  }

  /**
   * Publishes the session's results: candidates, their school and the verification page see them.
   *
   * @throws ResultRefusedException not finalised yet, or published already
   */
  public void publish(long sessionId) {
    CertificationSession session = changeable(sessionId);
    session.publish(Instant.now());
    audit.record(
        AuditAction.CERTIFICATION_PUBLISHED,
        AuditTarget.of("centre", session.centreId()),
        AuditTarget.of("session", sessionId));
  }

  private CertificationSession existing(long sessionId) {
    return sessions
        .session(sessionId)
        .orElseThrow(() -> new AccessDeniedException("No session " + sessionId));
  }

  /** Locked, processed and not published: the only state in which results change. */
  private CertificationSession changeable(long sessionId) {
    existing(sessionId);
    CertificationSession session = results.sessionForUpdate(sessionId);
    if (session.storedStatus() == SessionStatus.PUBLISHED) {
      throw new ResultRefusedException(Reason.ALREADY_PUBLISHED);
    }
    if (session.storedStatus() != SessionStatus.PROCESSED) {
      throw new ResultRefusedException(Reason.NOT_PROCESSED);
    }
    return session;
  }

  private ReviewedSession.Candidate row(
      CertificationResult result, Candidate candidate, CertificationTestRecord test) {
    List<ReviewedSession.Incident> incidents =
        courses.incidents(result.courseId()).stream()
            .map(
                i ->
                    new ReviewedSession.Incident(
                        i.category(), i.description(), i.reportedBy().name()))
            .toList();
    List<ReviewedSession.Question> questions =
        test == null
            ? List.of()
            : test.questions().stream()
                .map(
                    q ->
                        new ReviewedSession.Question(
                            q.position(),
                            q.challengeId(),
                            q.competenceCode(),
                            q.result().name(),
                            q.neutralised()))
                .toList();
    return new ReviewedSession.Candidate(
        result.id(),
        result.courseId(),
        candidate.identity().familyName(),
        candidate.identity().firstName(),
        result.status(),
        result.score().reproducibilityPercent(),
        result.totalPix(),
        result.abandonmentReason().orElse(null),
        incidents,
        questions);
  }
}
