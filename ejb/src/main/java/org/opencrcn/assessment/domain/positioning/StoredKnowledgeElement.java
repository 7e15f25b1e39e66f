package org.opencrcn.assessment.domain.positioning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.opencrcn.assessment.domain.scoring.KnowledgeElement;

/** A knowledge element as stored, in the order answers produced them. */
@Entity
@Table(name = "knowledge_element")
@NamedQuery(
    name = "StoredKnowledgeElement.ofAssessment",
    query =
        "select k from StoredKnowledgeElement k where k.assessmentId = :assessment order by k.id")
@NamedQuery(
    name = "StoredKnowledgeElement.ofCompetence",
    query =
        "select k from StoredKnowledgeElement k where k.accountId = :account and k.competenceCode = :competence order by k.id")
@NamedQuery(
    name = "StoredKnowledgeElement.ofAccount",
    query = "select k from StoredKnowledgeElement k where k.accountId = :account order by k.id")
@NamedQuery(
    name = "StoredKnowledgeElement.ofAccounts",
    query = "select k from StoredKnowledgeElement k where k.accountId in :accounts order by k.id")
public class StoredKnowledgeElement {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  /** Null for the elements of a reset, which no test wrote. */
  @Column(name = "assessment_id")
  private Long assessmentId;

  @Column(name = "answer_id")
  private Long answerId;

  @Column(name = "competence_code", nullable = false)
  private String competenceCode;

  @Column(name = "skill_name", nullable = false)
  private String skillName;

  @Column(name = "tube_name", nullable = false)
  private String tubeName;

  @Column(name = "skill_level", nullable = false)
  private int skillLevel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private KnowledgeElement.Status status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private KnowledgeElement.Source source;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected StoredKnowledgeElement() {}

  public StoredKnowledgeElement(
      Assessment assessment, RecordedAnswer answer, KnowledgeElement element, Instant at) {
    this.accountId = assessment.accountId();
    this.assessmentId = assessment.id();
    this.answerId = answer.id();
    this.competenceCode = assessment.competenceCode();
    this.skillName = element.skill();
    this.tubeName = element.tube();
    this.skillLevel = element.level();
    this.status = element.status();
    this.source = element.source();
    this.createdAt = at;
  }

  /** Sets a skill back to "never tested" (a competence reset). */
  public static StoredKnowledgeElement reset(
      long accountId, String competenceCode, KnowledgeElement previous, Instant at) {
    StoredKnowledgeElement reset = new StoredKnowledgeElement();
    reset.accountId = accountId;
    reset.competenceCode = competenceCode;
    reset.skillName = previous.skill();
    reset.tubeName = previous.tube();
    reset.skillLevel = previous.level();
    reset.status = KnowledgeElement.Status.RESET;
    reset.source = previous.source();
    reset.createdAt = at;
    return reset;
  }

  public Long accountId() {
    return accountId;
  }

  public Long assessmentId() {
    return assessmentId;
  }

  public Long answerId() {
    return answerId;
  }

  public String competenceCode() {
    return competenceCode;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public KnowledgeElement toElement() {
    return new KnowledgeElement(skillName, tubeName, skillLevel, status, source);
  }
}
