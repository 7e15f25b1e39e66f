package org.opencrcn.certification.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.opencrcn.certification.domain.Candidate;
import org.opencrcn.certification.domain.CertificationCentre;
import org.opencrcn.certification.domain.CertificationSession;

/** Sessions of certification centres and their candidates. */
@Dependent
public class SessionRepository {
  @PersistenceContext private EntityManager em;

  public Optional<CertificationCentre> centre(long centreId) {
    return Optional.ofNullable(em.find(CertificationCentre.class, centreId));
  }

  public Optional<CertificationSession> session(long sessionId) {
    return Optional.ofNullable(em.find(CertificationSession.class, sessionId));
  }

  public List<CertificationSession> ofCentre(long centreId) {
    return em.createNamedQuery("CertificationSession.ofCentre", CertificationSession.class)
        .setParameter("centre", centreId)
        .getResultList();
  }

  /** The demonstration's sessions (db/demo and their copies), earliest first. */
  public List<CertificationSession> demoSessions() {
    return em.createNamedQuery("CertificationSession.demo", CertificationSession.class)
        .getResultList();
  }

  public boolean accessCodeTaken(String code) {
    return em.createNamedQuery("CertificationSession.countAccessCode", Long.class)
            .setParameter("code", code)
            .getSingleResult()
        > 0;
  }

  public CertificationSession add(CertificationSession session) {
    em.persist(session);
    em.flush();
    return session;
  }

  public List<Candidate> candidates(long sessionId) {
    return em.createNamedQuery("Candidate.ofSession", Candidate.class)
        .setParameter("session", sessionId)
        .getResultList();
  }

  public boolean anyStarted(long sessionId) {
    return em.createNamedQuery("Candidate.countStarted", Long.class)
            .setParameter("session", sessionId)
            .getSingleResult()
        > 0;
  }

  public Candidate add(Candidate candidate) {
    em.persist(candidate);
    return candidate;
  }

  public void remove(Candidate candidate) {
    em.remove(candidate);
  }

  /** The session and its candidates. */
  public void remove(CertificationSession session) {
    candidates(session.id()).forEach(em::remove);
    em.remove(session);
  }

  public Optional<Candidate> candidate(long candidateId) {
    return Optional.ofNullable(em.find(Candidate.class, candidateId));
  }
}
