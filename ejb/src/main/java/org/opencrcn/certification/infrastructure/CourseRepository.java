package org.opencrcn.certification.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opencrcn.certification.domain.course.AskedChallenge;
import org.opencrcn.certification.domain.course.BroughtLevel;
import org.opencrcn.certification.domain.course.CertificationCourse;
import org.opencrcn.certification.domain.course.CertificationIncident;

/** Candidates' sittings: courses, their questions and answers, their incidents. */
@Dependent
public class CourseRepository {
  @PersistenceContext private EntityManager em;

  public Optional<CertificationCourse> course(long courseId) {
    return Optional.ofNullable(em.find(CertificationCourse.class, courseId));
  }

  /** The course, locked until the transaction ends: two answers at once are taken one by one. */
  public Optional<CertificationCourse> courseForUpdate(long courseId) {
    return Optional.ofNullable(
        em.find(CertificationCourse.class, courseId, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<CertificationCourse> ofCandidate(long candidateId) {
    return em.createNamedQuery("CertificationCourse.ofCandidate", CertificationCourse.class)
        .setParameter("candidate", candidateId)
        .getResultStream()
        .findFirst();
  }

  public List<CertificationCourse> ofSession(long sessionId) {
    return em.createNamedQuery("CertificationCourse.ofSession", CertificationCourse.class)
        .setParameter("session", sessionId)
        .getResultList();
  }

  public List<CertificationCourse> ofAccount(long accountId) {
    return em.createNamedQuery("CertificationCourse.ofAccount", CertificationCourse.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  public CertificationCourse add(CertificationCourse course) {
    em.persist(course);
    em.flush();
    return course;
  }

  public List<AskedChallenge> asked(long courseId) {
    return em.createNamedQuery("AskedChallenge.ofCourse", AskedChallenge.class)
        .setParameter("course", courseId)
        .getResultList();
  }

  public List<AskedChallenge> asked(Collection<Long> courseIds) {
    if (courseIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("AskedChallenge.ofCourses", AskedChallenge.class)
        .setParameter("courses", courseIds)
        .getResultList();
  }

  /** Every challenge asked to the account in any certification course. */
  public Set<String> seenInCertification(long accountId) {
    return new HashSet<>(
        em.createNamedQuery("AskedChallenge.seenBy", String.class)
            .setParameter("account", accountId)
            .getResultList());
  }

  public void add(AskedChallenge asked) {
    em.persist(asked);
  }

  public void flush() {
    em.flush();
  }

  /** The levels the candidate brought into the course when it was composed, by competence. */
  public List<BroughtLevel> broughtLevels(long courseId) {
    return em.createNamedQuery("BroughtLevel.ofCourse", BroughtLevel.class)
        .setParameter("course", courseId)
        .getResultList();
  }

  public void add(BroughtLevel level) {
    em.persist(level);
  }

  public List<CertificationIncident> incidents(long courseId) {
    return em.createNamedQuery("CertificationIncident.ofCourse", CertificationIncident.class)
        .setParameter("course", courseId)
        .getResultList();
  }

  public void add(CertificationIncident incident) {
    em.persist(incident);
  }
}
