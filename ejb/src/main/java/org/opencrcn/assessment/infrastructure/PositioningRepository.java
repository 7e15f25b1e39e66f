package org.opencrcn.assessment.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.opencrcn.assessment.domain.positioning.Assessment;
import org.opencrcn.assessment.domain.positioning.RecordedAnswer;
import org.opencrcn.assessment.domain.positioning.StoredKnowledgeElement;
import org.opencrcn.assessment.domain.scoring.KnowledgeElement;
import org.opencrcn.shared.infrastructure.UniqueViolation;

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

  /**
   * Recorded at once, so its id is known. {@code false} when the question has an answer already:
   * two submissions at the same moment both passed the service's check, and the database's unique
   * answer per question ({@code uk_answer_once}) refuses the second one; nothing is recorded for
   * it.
   */
  public boolean addAnswer(RecordedAnswer answer) {
    try {
      em.persist(answer);
      em.flush();
      return true;
    } catch (PersistenceException refused) {
      if (UniqueViolation.of(refused, "uk_answer_once")) {
        return false;
      }
      throw refused;
    }
  }

  /** The test's answers, oldest first. */
  public List<RecordedAnswer> answers(long assessmentId) {
    return em.createNamedQuery("RecordedAnswer.ofAssessment", RecordedAnswer.class)
        .setParameter("assessment", assessmentId)
        .getResultList();
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

  /**
   * The elements of one answer (1 to 7) in one statement, in their order: the ids are identities,
   * which Hibernate never batches, so a multi-row insert replaces an insert per element. The
   * statement names its table, so that only the caches reading knowledge elements are invalidated
   * (a native statement otherwise invalidates every cached query, the caller's account among them).
   */
  public void addElements(List<StoredKnowledgeElement> elements) {
    if (elements.isEmpty()) {
      return;
    }
    StringBuilder sql =
        new StringBuilder(
            "insert into knowledge_element (account_id, assessment_id, answer_id, competence_code,"
                + " skill_name, tube_name, skill_level, status, source, created_at) values ");
    int columns = 10;
    for (int row = 0; row < elements.size(); row++) {
      sql.append(row == 0 ? "(" : ", (");
      for (int column = 1; column <= columns; column++) {
        sql.append(column == 1 ? "" : ", ").append('?').append(row * columns + column);
      }
      sql.append(')');
    }
    var insert =
        em.createNativeQuery(sql.toString())
            .setHint("org.hibernate.query.native.spaces", "knowledge_element");
    int position = 1;
    for (StoredKnowledgeElement stored : elements) {
      KnowledgeElement element = stored.toElement();
      insert
          .setParameter(position++, stored.accountId())
          .setParameter(position++, stored.assessmentId())
          .setParameter(position++, stored.answerId())
          .setParameter(position++, stored.competenceCode())
          .setParameter(position++, element.skill())
          .setParameter(position++, element.tube())
          .setParameter(position++, element.level())
          .setParameter(position++, element.status().name())
          .setParameter(position++, element.source().name())
          .setParameter(position++, OffsetDateTime.ofInstant(stored.createdAt(), ZoneOffset.UTC));
    }
    insert.executeUpdate();
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
