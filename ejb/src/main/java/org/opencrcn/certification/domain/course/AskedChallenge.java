package org.opencrcn.certification.domain.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A challenge of a course at its position, with the answer once given. The row is written when the
 * question is planned (v2) or chosen (v3); the answer fills it once (the service updates it only
 * while its result is null), so an acknowledged answer is committed and never replaced.
 */
@Entity
@Table(name = "certification_challenge")
@NamedQuery(
    name = "AskedChallenge.ofCourse",
    query = "select a from AskedChallenge a where a.courseId = :course order by a.position")
@NamedQuery(
    name = "AskedChallenge.ofCourses",
    query =
        "select a from AskedChallenge a where a.courseId in :courses order by a.courseId,"
            + " a.position")
@NamedQuery(
    name = "AskedChallenge.seenBy",
    query =
        "select a.challengeId from AskedChallenge a, CertificationCourse c"
            + " where a.courseId = c.id and c.accountId = :account")
public class AskedChallenge {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "course_id", nullable = false)
  private Long courseId;

  @Column(nullable = false)
  private int position;

  @Column(name = "challenge_id", nullable = false)
  private String challengeId;

  @Column(name = "competence_code", nullable = false)
  private String competenceCode;

  @Column(name = "skill_name", nullable = false)
  private String skillName;

  @Column(name = "skill_level", nullable = false)
  private int skillLevel;

  @Column(name = "asked_at")
  private Instant askedAt;

  @Column(name = "given_value")
  private String givenValue;

  private String result;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(nullable = false)
  private boolean neutralised;

  protected AskedChallenge() {}

  public AskedChallenge(long courseId, int position, PlannedChallenge planned) {
    this.courseId = courseId;
    this.position = position;
    this.challengeId = planned.challengeId();
    this.competenceCode = planned.competenceCode();
    this.skillName = planned.skillName();
    this.skillLevel = planned.skillLevel();
  }

  /** Shown to the candidate for the first time: its timer starts now. */
  public void show(Instant now) {
    if (askedAt == null) {
      askedAt = now;
    }
  }

  public void answer(String value, String resultCode, Instant now) {
    this.givenValue = value;
    this.result = resultCode;
    this.answeredAt = now;
  }

  public void neutralise(boolean value) {
    this.neutralised = value;
  }

  public boolean answered() {
    return result != null;
  }

  public Long id() {
    return id;
  }

  public long courseId() {
    return courseId;
  }

  public int position() {
    return position;
  }

  public String challengeId() {
    return challengeId;
  }

  public String competenceCode() {
    return competenceCode;
  }

  public String skillName() {
    return skillName;
  }

  public int skillLevel() {
    return skillLevel;
  }

  public Instant askedAt() {
    return askedAt;
  }

  public String givenValue() {
    return givenValue;
  }

  public AnswerResult result() {
    return AnswerResult.ofCode(result);
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  public boolean neutralised() {
    return neutralised;
  }
}
