package org.opencrcn.assessment.domain.positioning;

import jakarta.persistence.Cacheable;
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

/**
 * A learner's positioning test on one competence. The challenge being asked is stored, so that a
 * learner who leaves comes back to the same question, and an answer to any other one is refused. In
 * the second-level cache: each answer reads its test by id, then changes it.
 */
@Entity
@Cacheable
@Table(name = "assessment")
@NamedQuery(
    name = "Assessment.startedFor",
    query =
        "select a from Assessment a where a.accountId = :account and a.competenceCode = :competence"
            + " and a.targetProfileId is null and a.state = 'STARTED'")
@NamedQuery(
    name = "Assessment.onProfile",
    query =
        "select a from Assessment a where a.accountId = :account and a.targetProfileId = :profile"
            + " order by a.id")
@NamedQuery(
    name = "Assessment.ofAccount",
    query = "select a from Assessment a where a.accountId = :account order by a.id")
public class Assessment {
  /** Started until no skill is worth asking any more. */
  public enum State {
    STARTED,
    COMPLETED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(name = "competence_code", nullable = false)
  private String competenceCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State state;

  @Column(nullable = false)
  private long seed;

  @Column(name = "current_challenge_id")
  private String currentChallengeId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(nullable = false)
  private String locale;

  @Column(nullable = false)
  private boolean improving;

  @Column(name = "asked_at")
  private Instant askedAt;

  // Kept here so that an answer need not count the test's answers again (a checkpoint every 5).
  @Column(name = "answer_count", nullable = false)
  private int answerCount;

  // A campaign's test asks only the profile's skills of the competence (null: the whole
  // competence); it never decides the competence's scorecard.
  @Column(name = "target_profile_id")
  private String targetProfileId;

  protected Assessment() {}

  /**
   * @param locale the learner's language: challenges are drawn in it where the content has them
   * @param improving re-positioning on a completed competence: validated skills are kept
   */
  public Assessment(
      long accountId,
      String competenceCode,
      long seed,
      String locale,
      boolean improving,
      Instant now) {
    this.accountId = accountId;
    this.competenceCode = competenceCode;
    this.seed = seed;
    this.locale = locale;
    this.improving = improving;
    this.state = State.STARTED;
    this.createdAt = now;
  }

  /** The challenge is asked from now on: its timer, if any, and the time spent run from here. */
  public void ask(String challengeId, Instant now) {
    currentChallengeId = challengeId;
    askedAt = now;
  }

  /** The asked challenge was answered: nothing is asked until the engine chooses again. */
  public void answered() {
    currentChallengeId = null;
    askedAt = null;
    answerCount++;
  }

  /** How many answers the test has recorded. */
  public int answerCount() {
    return answerCount;
  }

  public void complete(Instant now) {
    state = State.COMPLETED;
    currentChallengeId = null;
    askedAt = null;
    completedAt = now;
  }

  public Long id() {
    return id;
  }

  public long accountId() {
    return accountId;
  }

  public String competenceCode() {
    return competenceCode;
  }

  public State state() {
    return state;
  }

  public long seed() {
    return seed;
  }

  public String currentChallengeId() {
    return currentChallengeId;
  }

  public Instant askedAt() {
    return askedAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String locale() {
    return locale;
  }

  public boolean improving() {
    return improving;
  }

  /** The target profile whose skills this test is limited to, or null for the whole competence. */
  public String targetProfileId() {
    return targetProfileId;
  }

  /** Limits a new test to the skills the target profile targets in its competence. */
  public Assessment limitedTo(String targetProfileId) {
    this.targetProfileId = targetProfileId;
    return this;
  }
}
