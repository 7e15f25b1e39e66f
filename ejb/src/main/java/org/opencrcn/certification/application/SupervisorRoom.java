package org.opencrcn.certification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencrcn.certification.domain.Candidate;
import org.opencrcn.certification.domain.CertificationSession;
import org.opencrcn.certification.domain.SessionStatus;
import org.opencrcn.certification.domain.course.AskedChallenge;
import org.opencrcn.certification.domain.course.CertificationCourse;
import org.opencrcn.certification.domain.course.CertificationIncident;
import org.opencrcn.certification.domain.course.CourseRefusedException;
import org.opencrcn.certification.domain.course.CourseRefusedException.Reason;
import org.opencrcn.certification.domain.course.IncidentCategory;
import org.opencrcn.certification.domain.course.IncidentReporter;
import org.opencrcn.certification.infrastructure.CourseRepository;
import org.opencrcn.certification.infrastructure.SessionRepository;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;

/**
 * The supervisor's room (docs/certification.md, "The supervisor's room"): opened with the session
 * number and the supervisor password, no account. Every call checks both again, counts a wrong one
 * ({@link SupervisorAttempts}), and reaches only the candidates of that session: the password of
 * one session opens nothing of another.
 */
@Stateless
@PermitAll
public class SupervisorRoom {
  public static final int MAX_REASON = 500;

  @Inject private SessionRepository sessions;
  @Inject private CourseRepository courses;
  @Inject private SupervisorAttempts attempts;
  @Inject private AuditLog audit;

  /** The session's candidates as the room lists them (also: the check that the room opens). */
  public List<SupervisedCandidate> candidates(long sessionNumber, String password, String address) {
    CertificationSession session = opened(sessionNumber, password, address);
    Map<Long, CertificationCourse> byCandidate =
        courses.ofSession(session.id()).stream()
            .collect(Collectors.toMap(CertificationCourse::candidateId, Function.identity()));
    Map<Long, List<AskedChallenge>> asked =
        courses.asked(byCandidate.values().stream().map(CertificationCourse::id).toList()).stream()
            .collect(Collectors.groupingBy(AskedChallenge::courseId));
    return sessions.candidates(session.id()).stream()
        .map(c -> row(c, byCandidate.get(c.id()), asked))
        .toList();
  }

  /** Lets a waiting candidate start; one already admitted or further is left as is. */
  public void admit(long sessionNumber, String password, String address, long candidateId) {
    CertificationCourse course = course(opened(sessionNumber, password, address), candidateId);
    if (course.admit(Instant.now())) {
      audited(AuditAction.CERTIFICATION_ADMITTED, course);
    }
  }

  /** Admits every waiting candidate of the session; returns how many. */
  public int admitAll(long sessionNumber, String password, String address) {
    CertificationSession session = opened(sessionNumber, password, address);
    Instant now = Instant.now();
    List<CertificationCourse> admitted =
        courses.ofSession(session.id()).stream().filter(c -> c.admit(now)).toList();
    admitted.forEach(c -> audited(AuditAction.CERTIFICATION_ADMITTED, c));
    return admitted.size();
  }

  /** Ends a candidate's test now, with the supervisor's reason; their answers so far are kept. */
  public void end(
      long sessionNumber, String password, String address, long candidateId, String reason) {
    CertificationSession session = opened(sessionNumber, password, address);
    String why = required(reason, MAX_REASON);
    CertificationCourse course = course(session, candidateId);
    if (course.status().finished()) {
      throw new CourseRefusedException(Reason.FINISHED);
    }
    course.endBySupervisor(why, Instant.now());
    audited(AuditAction.CERTIFICATION_TEST_ENDED, course);
  }

  /** Records an incident for a candidate who joined. */
  public void report(
      long sessionNumber,
      String password,
      String address,
      long candidateId,
      IncidentCategory category,
      String description) {
    CertificationSession session = opened(sessionNumber, password, address);
    if (category == null) {
      throw new CourseRefusedException(Reason.MISSING_REASON);
    }
    String text = required(description, CertificationIncident.MAX_DESCRIPTION);
    CertificationCourse course = course(session, candidateId);
    CertificationIncident incident =
        new CertificationIncident(
            course.id(), category, text, IncidentReporter.SUPERVISOR, null, Instant.now());
    courses.add(incident);
    audit.record(
        AuditAction.CERTIFICATION_INCIDENT,
        AuditTarget.of("session", course.sessionId()),
        AuditTarget.of("candidate", course.candidateId()),
        AuditTarget.of("course", course.id()),
        AuditTarget.of("incident", incident.id()));
  }

  /**
   * Lets the candidate back in from another browser (theirs closed, crashed or was changed); the
   * next browser to open the test holds it.
   */
  public void allowResume(long sessionNumber, String password, String address, long candidateId) {
    CertificationCourse course = course(opened(sessionNumber, password, address), candidateId);
    if (course.status().finished()) {
      throw new CourseRefusedException(Reason.FINISHED);
    }
    course.allowResume();
    audited(AuditAction.CERTIFICATION_RESUME_ALLOWED, course);
  }

  /** The room has no account: the log keeps the supervisor's address, and which sitting it was. */
  private void audited(AuditAction action, CertificationCourse course) {
    audit.record(
        action,
        AuditTarget.of("session", course.sessionId()),
        AuditTarget.of("candidate", course.candidateId()),
        AuditTarget.of("course", course.id()));
  }

  private CertificationSession opened(long sessionNumber, String password, String address) {
    Instant now = Instant.now();
    if (attempts.blocked(sessionNumber, address, now)) {
      throw new CourseRefusedException(Reason.TOO_MANY_ATTEMPTS);
    }
    CertificationSession session = sessions.session(sessionNumber).orElse(null);
    boolean right =
        session != null
            && password != null
            && MessageDigest.isEqual(
                session.supervisorPassword().getBytes(StandardCharsets.UTF_8),
                password.trim().getBytes(StandardCharsets.UTF_8));
    if (!right) {
      attempts.failed(sessionNumber, address, now);
      throw new CourseRefusedException(Reason.WRONG_PASSWORD);
    }
    if (session.storedStatus() != SessionStatus.CREATED) {
      throw new CourseRefusedException(Reason.SESSION_CLOSED);
    }
    return session;
  }

  private CertificationCourse course(CertificationSession session, long candidateId) {
    return courses
        .ofCandidate(candidateId)
        .filter(c -> c.sessionId() == session.id())
        .orElseThrow(() -> new CourseRefusedException(Reason.NO_MATCH));
  }

  private static String required(String text, int max) {
    if (text == null || text.isBlank() || text.strip().length() > max) {
      throw new CourseRefusedException(Reason.MISSING_REASON);
    }
    return text.strip();
  }

  private static SupervisedCandidate row(
      Candidate candidate, CertificationCourse course, Map<Long, List<AskedChallenge>> asked) {
    var identity = candidate.identity();
    if (course == null) {
      return new SupervisedCandidate(
          candidate.id(),
          identity.familyName(),
          identity.firstName(),
          identity.extraTimePercent(),
          "NOT_JOINED",
          0,
          0,
          false);
    }
    List<AskedChallenge> questions = asked.getOrDefault(course.id(), List.of());
    return new SupervisedCandidate(
        candidate.id(),
        identity.familyName(),
        identity.firstName(),
        identity.extraTimePercent(),
        course.status().name(),
        (int) questions.stream().filter(AskedChallenge::answered).count(),
        questions.size(),
        course.resumeAllowed());
  }
}
