package org.opencrcn.certification.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opencrcn.certification.domain.CertificationSession;
import org.opencrcn.certification.domain.SessionStatus;
import org.opencrcn.certification.domain.result.CertificationResult;
import org.opencrcn.certification.domain.result.PupilResult;
import org.opencrcn.certification.domain.scoring.CompetenceMark;

/** Stored certification results, the review queue and the verification page's attempts. */
@Dependent
public class ResultRepository {
  @PersistenceContext private EntityManager em;

  public List<CertificationResult> ofSession(long sessionId) {
    return em.createNamedQuery("CertificationResult.ofSession", CertificationResult.class)
        .setParameter("session", sessionId)
        .getResultList();
  }

  public List<CertificationResult> ofAccount(long accountId) {
    return em.createNamedQuery("CertificationResult.ofAccount", CertificationResult.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  /**
   * The published results of the candidates of the school's SCO centre, by class, name and date:
   * what its Orga members see.
   */
  public List<PupilResult> ofSchool(long organizationId) {
    return em
        .createQuery(
            "select r, c.familyName, c.firstName, c.externalId, s.date"
                + " from CertificationResult r, Candidate c, CertificationSession s,"
                + " CertificationCentre ce where c.id = r.candidateId and s.id = r.sessionId"
                + " and ce.id = s.centreId and ce.organizationId = :organization"
                + " and s.status = :published"
                + " order by c.externalId, c.familyName, c.firstName, s.date",
            Object[].class)
        .setParameter("organization", organizationId)
        .setParameter("published", SessionStatus.PUBLISHED)
        .getResultList()
        .stream()
        .map(
            row -> {
              CertificationResult result = (CertificationResult) row[0];
              return new PupilResult(
                  (String) row[1],
                  (String) row[2],
                  (String) row[3],
                  (LocalDate) row[4],
                  result.status().name(),
                  result.totalPix(),
                  result.marks().stream()
                      .collect(
                          Collectors.toMap(CompetenceMark::competenceCode, CompetenceMark::level)));
            })
        .toList();
  }

  public Optional<CertificationResult> result(long resultId) {
    return Optional.ofNullable(em.find(CertificationResult.class, resultId));
  }

  public Optional<CertificationResult> byCode(String code) {
    return em.createNamedQuery("CertificationResult.byCode", CertificationResult.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** The session, locked until the transaction ends: two finalisations at once make one. */
  public CertificationSession sessionForUpdate(long sessionId) {
    return em.find(CertificationSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
  }

  public void add(CertificationResult result) {
    em.persist(result);
  }

  /** Sessions processed and waiting for an administrator, oldest finalised first. */
  public List<CertificationSession> reviewQueue() {
    return em.createQuery(
            "select s from CertificationSession s where s.status = :processed"
                + " order by s.finalisedAt, s.id",
            CertificationSession.class)
        .setParameter("processed", SessionStatus.PROCESSED)
        .getResultList();
  }

  public long verificationAttemptsSince(String addressHash, Instant since) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from certificate_verification_attempt"
                        + " where address_hash = ?1 and attempted_at >= ?2")
                .setParameter(1, addressHash)
                .setParameter(2, since.atOffset(ZoneOffset.UTC))
                .getSingleResult())
        .longValue();
  }

  public void recordVerificationAttempt(String addressHash, Instant at) {
    em.createNativeQuery(
            "insert into certificate_verification_attempt (address_hash, attempted_at)"
                + " values (?1, ?2)")
        .setParameter(1, addressHash)
        .setParameter(2, at.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }
}
