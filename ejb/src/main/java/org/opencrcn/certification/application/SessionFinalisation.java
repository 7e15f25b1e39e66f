package org.opencrcn.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencrcn.certification.domain.Candidate;
import org.opencrcn.certification.domain.CertificationSession;
import org.opencrcn.certification.domain.SessionStatus;
import org.opencrcn.certification.domain.course.CertificationCourse;
import org.opencrcn.certification.domain.course.CertificationIncident;
import org.opencrcn.certification.domain.course.CourseStatus;
import org.opencrcn.certification.domain.course.IncidentReporter;
import org.opencrcn.certification.domain.result.CertificationResult;
import org.opencrcn.certification.domain.result.ResultRefusedException;
import org.opencrcn.certification.domain.result.ResultRefusedException.Reason;
import org.opencrcn.certification.domain.scoring.AbandonmentReason;
import org.opencrcn.certification.domain.scoring.ResultStatus;
import org.opencrcn.certification.infrastructure.CourseRepository;
import org.opencrcn.certification.infrastructure.ResultRepository;
import org.opencrcn.certification.infrastructure.SessionRepository;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;

/**
 * The centre finalises a session (docs/certification.md, "Finalisation"): in one transaction, the
 * abandonment reasons, the incidents and the comment are kept, every test that began is scored, and
 * the results are published at once unless something needs an administrator's look. Any refusal
 * rolls everything back.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class SessionFinalisation {
  public static final int MAX_COMMENT = 500;

  @Inject private CentreGuard guard;
  @Inject private SessionRepository sessions;
  @Inject private CourseRepository courses;
  @Inject private ResultRepository results;
  @Inject private ResultsScoring scoring;
  @Inject private CallerAccount caller;
  @Inject private AuditLog audit;

  /** The page of a session of the caller's centre. */
  public FinalisationSheet sheet(long sessionId) {
    CertificationSession session = guard.session(sessionId);
    Map<Long, Candidate> candidates =
        sessions.candidates(sessionId).stream()
            .collect(Collectors.toMap(Candidate::id, Function.identity()));
    List<FinalisationSheet.Line> lines =
        courses.ofSession(sessionId).stream()
            .map(
                c -> {
                  Candidate candidate = candidates.get(c.candidateId());
                  return new FinalisationSheet.Line(
                      c.id(),
                      candidate.identity().familyName(),
                      candidate.identity().firstName(),
                      c.status(),
                      c.answeredCount(),
                      unfinished(c));
                })
            .toList();
    return new FinalisationSheet(
        sessionId,
        SessionStatus.shown(
            session.storedStatus(), session.date(), CentreGuard.now().toLocalDate()),
        session.examinerComment(),
        lines);
  }

  /**
   * Finalises, scores, and publishes when nothing needs review.
   *
   * @return whether the results were published at once
   * @throws ResultRefusedException finalised already, not held yet, a comment too long, an
   *     unfinished test without reason, a test of another session, an invalid incident
   */
  public boolean finalise(long sessionId, FinalisationInput input) {
    guard.session(sessionId);
    CertificationSession session = results.sessionForUpdate(sessionId);
    if (session.storedStatus() != SessionStatus.CREATED) {
      throw new ResultRefusedException(Reason.ALREADY_FINALISED);
    }
    if (!session.timeHasCome(CentreGuard.now())) {
      throw new ResultRefusedException(Reason.NOT_HELD_YET);
    }
    String comment = input.examinerComment() == null ? "" : input.examinerComment().strip();
    if (comment.length() > MAX_COMMENT) {
      throw new ResultRefusedException(Reason.COMMENT_TOO_LONG);
    }
    List<CertificationCourse> ofSession = courses.ofSession(sessionId);
    Set<Long> ids = ofSession.stream().map(CertificationCourse::id).collect(Collectors.toSet());
    if (!ids.containsAll(input.abandonments().keySet())
        || input.incidents().stream().anyMatch(i -> !ids.contains(i.courseId()))) {
      throw new ResultRefusedException(Reason.UNKNOWN_TEST);
    }
    if (ofSession.stream()
        .anyMatch(c -> unfinished(c) && !input.abandonments().containsKey(c.id()))) {
      throw new ResultRefusedException(Reason.REASON_MISSING);
    }
    Instant now = Instant.now();
    for (FinalisationInput.IncidentReport report : input.incidents()) {
      String description = report.description() == null ? "" : report.description().strip();
      if (report.category() == null
          || description.length() > CertificationIncident.MAX_DESCRIPTION) {
        throw new ResultRefusedException(Reason.INCIDENT_INVALID);
      }
      courses.add(
          new CertificationIncident(
              report.courseId(),
              report.category(),
              description,
              IncidentReporter.CENTRE,
              caller.id().orElse(null),
              now));
    }
    Map<Long, AbandonmentReason> reasons =
        input.abandonments().entrySet().stream()
            .filter(
                e -> ofSession.stream().anyMatch(c -> c.id().equals(e.getKey()) && unfinished(c)))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    List<CertificationResult> scored = scoring.scoreSession(sessionId, reasons, now);
    boolean review =
        !comment.isEmpty()
            || reasons.containsValue(AbandonmentReason.TECHNICAL)
            || scored.stream().anyMatch(r -> r.status() == ResultStatus.ERROR)
            || ofSession.stream().anyMatch(c -> !courses.incidents(c.id()).isEmpty());
    session.finalise(comment.isEmpty() ? null : comment, review, now);
    audit.record(
        AuditAction.CERTIFICATION_FINALISED,
        AuditTarget.of("centre", session.centreId()),
        AuditTarget.of("session", sessionId));
    if (!review) {
      session.publish(now);
      audit.record(
          AuditAction.CERTIFICATION_PUBLISHED,
          AuditTarget.of("centre", session.centreId()),
          AuditTarget.of("session", sessionId));
    }
    return !review;
  }

  /** A test that began and was not completed (ended by the supervisor, or left running). */
  static boolean unfinished(CertificationCourse course) {
    return course.startedAt() != null && course.status() != CourseStatus.COMPLETED;
  }
}
