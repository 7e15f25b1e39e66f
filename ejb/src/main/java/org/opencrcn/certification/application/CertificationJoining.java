package org.opencrcn.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencrcn.assessment.application.CertifiableCompetences;
import org.opencrcn.certification.domain.Candidate;
import org.opencrcn.certification.domain.CertificationSession;
import org.opencrcn.certification.domain.SessionStatus;
import org.opencrcn.certification.domain.course.CertificationCourse;
import org.opencrcn.certification.domain.course.CourseRefusedException;
import org.opencrcn.certification.domain.course.CourseRefusedException.Reason;
import org.opencrcn.certification.infrastructure.CourseRepository;
import org.opencrcn.certification.infrastructure.SessionRepository;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.organization.domain.PupilMatcher;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;

/**
 * A signed-in candidate joins a session (docs/certification.md, "Joining"): session number and
 * access code, then their names and birthdate, compared with the enrolled candidates as
 * reconciliation compares a pupil's ({@link PupilMatcher}). The sitting is created waiting for the
 * supervisor, and held by the browser that joined ({@code deviceToken}).
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class CertificationJoining {
  private static final SecureRandom SEEDS = new SecureRandom();

  @Inject private SessionRepository sessions;
  @Inject private CourseRepository courses;
  @Inject private CallerAccount caller;
  @Inject private CertifiableCompetences certifiable;
  @Inject private AuditLog audit;

  /** Where the candidate is after joining: their course and its status. */
  public record Joined(long courseId, long sessionId, String status) {}

  public Joined join(
      long sessionNumber,
      @NotBlank String accessCode,
      String familyName,
      String firstName,
      LocalDate birthdate,
      @NotBlank String deviceToken) {
    long account = caller.id().orElseThrow(() -> new AccessDeniedException("No account"));
    CertificationSession session =
        sessions
            .session(sessionNumber)
            .filter(s -> s.accessCode().equalsIgnoreCase(accessCode.trim()))
            .orElseThrow(() -> new CourseRefusedException(Reason.WRONG_CODES));
    if (session.storedStatus() != SessionStatus.CREATED) {
      throw new CourseRefusedException(Reason.SESSION_CLOSED);
    }
    Candidate candidate = matching(session, familyName, firstName, birthdate);
    if (candidate.accountId() != null && candidate.accountId() != account) {
      throw new CourseRefusedException(Reason.ANOTHER_ACCOUNT);
    }
    Optional<CertificationCourse> existing = courses.ofCandidate(candidate.id());
    if (existing.isPresent()) {
      return rejoin(existing.get(), account, deviceToken);
    }
    refuseOutsideItsDay(session, CentreGuard.now().toLocalDate());
    if (certifiable.countFor(List.of(account)).get(account)
        < CertifiableCompetences.REQUIRED_FOR_CERTIFICATION) {
      throw new CourseRefusedException(Reason.NOT_ELIGIBLE);
    }
    candidate.linkAccount(account);
    CertificationCourse course =
        courses.add(
            new CertificationCourse(
                candidate.id(),
                session.id(),
                account,
                CertificationSettings.algorithm(),
                SEEDS.nextLong(),
                deviceToken,
                Instant.now()));
    audit.record(
        AuditAction.CERTIFICATION_JOINED,
        AuditTarget.of("session", session.id()),
        AuditTarget.of("candidate", candidate.id()),
        AuditTarget.of("course", course.id()));
    return new Joined(course.id(), session.id(), course.status().name());
  }

  /**
   * A session is first joined on its day only (Paris time, as sessions are planned): the codes
   * handed out ahead of time open nothing before, and nothing once the day has passed. A sitting
   * already begun is not a first join: its candidate comes back to it (after a closed browser or a
   * server restart) until the session is finalised, even past midnight.
   */
  private static void refuseOutsideItsDay(CertificationSession session, LocalDate today) {
    if (session.date().isAfter(today)) {
      throw new CourseRefusedException(Reason.NOT_ITS_DAY_YET);
    }
    if (session.date().isBefore(today)) {
      throw new CourseRefusedException(Reason.DAY_OVER);
    }
  }

  private Joined rejoin(CertificationCourse course, long account, String deviceToken) {
    if (course.accountId() != account) {
      throw new CourseRefusedException(Reason.ANOTHER_ACCOUNT);
    }
    if (course.status().finished()) {
      throw new CourseRefusedException(Reason.FINISHED);
    }
    if (!course.claimBy(deviceToken)) {
      throw new CourseRefusedException(Reason.OTHER_DEVICE);
    }
    return new Joined(course.id(), course.sessionId(), course.status().name());
  }

  private Candidate matching(
      CertificationSession session, String familyName, String firstName, LocalDate birthdate) {
    if (birthdate == null) {
      throw new CourseRefusedException(Reason.NO_MATCH);
    }
    List<Candidate> born =
        sessions.candidates(session.id()).stream()
            .filter(c -> c.identity().birthdate().equals(birthdate))
            .toList();
    PupilMatcher.Match match =
        PupilMatcher.match(
            born.stream()
                .map(
                    c ->
                        new PupilMatcher.Candidate(
                            c.id(),
                            c.identity().familyName(),
                            null,
                            c.identity().firstName(),
                            null,
                            null))
                .toList(),
            firstName,
            familyName);
    if (match instanceof PupilMatcher.Match.One one) {
      return born.stream().filter(c -> c.id() == one.id()).findFirst().orElseThrow();
    }
    throw new CourseRefusedException(Reason.NO_MATCH);
  }
}
