package org.opencrcn.certification.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.opencrcn.certification.domain.CertificationCentre;
import org.opencrcn.certification.domain.CertificationSession;
import org.opencrcn.certification.domain.SessionRefusedException;
import org.opencrcn.certification.infrastructure.SessionRepository;
import org.opencrcn.shared.AccessDeniedException;

/**
 * The check every Certif service makes first: the caller is a member of the centre, or of the
 * centre holding the session asked for. An id of another centre's session is refused exactly as an
 * id that does not exist, so that no one learns which sessions exist elsewhere.
 */
@Dependent
class CentreGuard {
  /** Sessions take place in French schools: "today" and "past" are read on Paris time. */
  static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Paris");

  @Inject private CertifAccess access;
  @Inject private SessionRepository repository;

  CertificationCentre centre(long centreId) {
    access.enter(centreId);
    return repository
        .centre(centreId)
        .orElseThrow(() -> new AccessDeniedException("No centre " + centreId));
  }

  CertificationSession session(long sessionId) {
    CertificationSession session =
        repository
            .session(sessionId)
            .orElseThrow(() -> new AccessDeniedException("No session " + sessionId));
    access.enter(session.centreId());
    return session;
  }

  /** Its time has come, or a candidate has begun: then nothing of it may change. */
  boolean started(CertificationSession session, LocalDateTime now) {
    return session.timeHasCome(now) || repository.anyStarted(session.id());
  }

  void refuseIfStarted(CertificationSession session, LocalDateTime now) {
    if (started(session, now)) {
      throw new SessionRefusedException(SessionRefusedException.Reason.STARTED);
    }
  }

  static LocalDateTime now() {
    return LocalDateTime.now(SCHOOL_ZONE);
  }
}
