package org.opencrcn.assessment.domain.positioning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An answer given in an assessment; at most one per challenge (a database constraint too). */
@Entity
@Table(name = "answer")
@NamedQuery(
    name = "RecordedAnswer.ofAssessment",
    query = "select a from RecordedAnswer a where a.assessmentId = :assessment order by a.id")
@NamedQuery(
    name = "RecordedAnswer.ofCompetence",
    query =
        "select r from RecordedAnswer r, Assessment a where r.assessmentId = a.id and a.accountId = :account"
            + " and a.competenceCode = :competence order by r.id")
public class RecordedAnswer {
  /** As docs/rules.md §2 names results. */
  public static final String OK = "ok";

  public static final String KO = "ko";
  public static final String SKIPPED = "aband";
  public static final String TIMED_OUT = "timedout";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "assessment_id", nullable = false)
  private Long assessmentId;

  @Column(name = "challenge_id", nullable = false)
  private String challengeId;

  @Column(name = "skill_name", nullable = false)
  private String skillName;

  @Column(name = "given_value")
  private String value;

  @Column(nullable = false)
  private String result;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  @Column(name = "time_spent_seconds")
  private Integer timeSpentSeconds;

  protected RecordedAnswer() {}

  public RecordedAnswer(
      long assessmentId,
      String challengeId,
      String skillName,
      String value,
      String result,
      Instant at,
      Integer timeSpentSeconds) {
    this.assessmentId = assessmentId;
    this.timeSpentSeconds = timeSpentSeconds;
    this.challengeId = challengeId;
    this.skillName = skillName;
    this.value = value;
    this.result = result;
    this.answeredAt = at;
  }

  public Long id() {
    return id;
  }

  public String challengeId() {
    return challengeId;
  }

  public String skillName() {
    return skillName;
  }

  public boolean right() {
    return OK.equals(result);
  }

  public String result() {
    return result;
  }

  public Long assessmentId() {
    return assessmentId;
  }

  public Integer timeSpentSeconds() {
    return timeSpentSeconds;
  }
}
