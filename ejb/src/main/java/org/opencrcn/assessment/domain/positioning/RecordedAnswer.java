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
@NamedQuery(name = "RecordedAnswer.ofAssessment", query = "select a from RecordedAnswer a where a.assessmentId = :assessment order by a.id")
public class RecordedAnswer {
  /** As domain.md §2 names results. */
  public static final String OK = "ok";
  public static final String KO = "ko";
  public static final String SKIPPED = "aband";

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

  protected RecordedAnswer() {}

  public RecordedAnswer(long assessmentId, String challengeId, String skillName, String value, String result, Instant at) {
    this.assessmentId = assessmentId;
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
}
