package org.opencrcn.assessment.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.opencrcn.assessment.domain.positioning.Assessment;
import org.opencrcn.assessment.domain.positioning.RecordedAnswer;
import org.opencrcn.assessment.domain.positioning.StoredKnowledgeElement;

/** Positioning tests, their answers and the learners' knowledge elements. */
@Dependent
public class PositioningRepository {
  @PersistenceContext private EntityManager em;

  public Optional<Assessment> find(long assessmentId) {
    return Optional.ofNullable(em.find(Assessment.class, assessmentId));
  }

  /** Inserted at once (identity ids), so its id is known on return. */
  public Assessment add(Assessment assessment) {
    em.persist(assessment);
    return assessment;
  }

  /** The learner's test in progress on the competence. */
  public Optional<Assessment> startedTest(long account, String competenceCode) {
    return em.createNamedQuery("Assessment.startedFor", Assessment.class)
        .setParameter("account", account)
        .setParameter("competence", competenceCode)
        .getResultStream()
        .findFirst();
  }

  /** The learner's latest test on the competence, whatever its state. */
  public Optional<Assessment> latestTest(long account, String competenceCode) {
    return em.createQuery(
            "select a from Assessment a where a.accountId = :account"
                + " and a.competenceCode = :competence and a.targetProfileId is null"
                + " order by a.id desc",
            Assessment.class)
        .setParameter("account", account)
        .setParameter("competence", competenceCode)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The learner's tests limited to the target profile (campaigns), oldest first. */
  public List<Assessment> testsOnProfile(long account, String targetProfileId) {
    return em.createNamedQuery("Assessment.onProfile", Assessment.class)
        .setParameter("account", account)
        .setParameter("profile", targetProfileId)
        .getResultList();
  }

  /** Every test of the learner, oldest first. */
  public List<Assessment> testsOf(long account) {
    return em.createNamedQuery("Assessment.ofAccount", Assessment.class)
        .setParameter("account", account)
        .getResultList();
  }

  /** Recorded at once (the unique answer per question is checked here), so its id is known. */
  public void addAnswer(RecordedAnswer answer) {
    em.persist(answer);
    em.flush();
  }

  /** The test's answers, oldest first. */
  public List<RecordedAnswer> answers(long assessmentId) {
    return em.createNamedQuery("RecordedAnswer.ofAssessment", RecordedAnswer.class)
        .setParameter("assessment", assessmentId)
        .getResultList();
  }

  /** How many answers the test has, counted by the database. */
  public int countAnswers(long assessmentId) {
    return em.createNamedQuery("RecordedAnswer.countOfAssessment", Long.class)
        .setParameter("assessment", assessmentId)
        .getSingleResult()
        .intValue();
  }

  /** The learner's answers on the competence in their other tests, oldest first. */
  public List<RecordedAnswer> answersOutside(Assessment assessment) {
    return em.createNamedQuery("RecordedAnswer.ofCompetence", RecordedAnswer.class)
        .setParameter("account", assessment.accountId())
        .setParameter("competence", assessment.competenceCode())
        .getResultStream()
        .filter(a -> !a.assessmentId().equals(assessment.id()))
        .toList();
  }

  public void addElement(StoredKnowledgeElement element) {
    em.persist(element);
  }

  /** The learner's knowledge elements on the competence, oldest first. */
  public List<StoredKnowledgeElement> elements(long account, String competenceCode) {
    return em.createNamedQuery("StoredKnowledgeElement.ofCompetence", StoredKnowledgeElement.class)
        .setParameter("account", account)
        .setParameter("competence", competenceCode)
        .getResultList();
  }

  /** Every knowledge element of the learner, oldest first. */
  public List<StoredKnowledgeElement> elementsOf(long account) {
    return em.createNamedQuery("StoredKnowledgeElement.ofAccount", StoredKnowledgeElement.class)
        .setParameter("account", account)
        .getResultList();
  }
}
