package org.opencrcn.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.opencrcn.certification.domain.CertificationCentre;
import org.opencrcn.certification.domain.CertificationSession;
import org.opencrcn.certification.domain.SessionDetails;
import org.opencrcn.certification.domain.SessionRefusedException;
import org.opencrcn.certification.domain.SessionRefusedException.Reason;
import org.opencrcn.certification.domain.SessionStatus;
import org.opencrcn.certification.infrastructure.SessionRepository;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;

/**
 * A centre plans its sessions: lists them, creates one (its codes drawn then), edits or deletes it
 * until it starts. Every call checks the caller is a member of the session's centre.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class CertifSessions {
  @Inject private CentreGuard guard;
  @Inject private FreshCodes codes;
  @Inject private AuditLog audit;
  @Inject private SessionRepository repository;

  /** The centre's sessions, latest first. */
  public List<SessionRow> ofCentre(long centreId) {
    guard.centre(centreId);
    LocalDateTime now = CentreGuard.now();
    return repository.ofCentre(centreId).stream().map(s -> row(s, now)).toList();
  }

  /** One session with its codes. */
  public SessionSheet sheet(long sessionId) {
    CertificationSession session = guard.session(sessionId);
    CertificationCentre centre = guard.centre(session.centreId());
    LocalDateTime now = CentreGuard.now();
    return new SessionSheet(
        session.id(),
        centre.id(),
        centre.name(),
        centre.type(),
        session.details(),
        session.accessCode(),
        session.supervisorPassword(),
        SessionStatus.shown(session.storedStatus(), session.date(), now.toLocalDate()),
        guard.started(session, now));
  }

  /**
   * A new session of the centre; returns its number.
   *
   * @throws SessionRefusedException for a missing field or a time already past
   */
  public long create(long centreId, SessionDetails details) {
    guard.centre(centreId);
    SessionDetails clean = details.stripped();
    clean.check(CentreGuard.now());
    CertificationSession session =
        new CertificationSession(
            centreId, clean, codes.accessCode(), codes.supervisorPassword(), Instant.now());
    long number = repository.add(session).id();
    audit.record(
        AuditAction.CERTIFICATION_SESSION_CREATED,
        AuditTarget.of("centre", centreId),
        AuditTarget.of("session", number));
    return number;
  }

  /**
   * New details for a session that has not started.
   *
   * @throws SessionRefusedException when it started, or the new details are refused
   */
  public void edit(long sessionId, SessionDetails details) {
    CertificationSession session = guard.session(sessionId);
    LocalDateTime now = CentreGuard.now();
    guard.refuseIfStarted(session, now);
    SessionDetails clean = details.stripped();
    clean.check(now);
    session.apply(clean);
  }

  /**
   * Deletes a session no candidate has begun, with its candidates.
   *
   * @throws SessionRefusedException when a candidate has begun
   */
  public void delete(long sessionId) {
    CertificationSession session = guard.session(sessionId);
    if (repository.anyStarted(sessionId)) {
      throw new SessionRefusedException(Reason.CANDIDATE_STARTED);
    }
    repository.remove(session);
  }

  private static SessionRow row(CertificationSession s, LocalDateTime now) {
    SessionDetails d = s.details();
    return new SessionRow(
        s.id(),
        d.name(),
        d.site(),
        d.room(),
        d.date(),
        d.startTime(),
        d.supervisor(),
        SessionStatus.shown(s.storedStatus(), s.date(), now.toLocalDate()));
  }
}
