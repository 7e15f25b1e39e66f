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

/**
 * A learner's positioning test on one competence. The challenge being asked is stored, so that a
 * learner who leaves comes back to the same question, and an answer to any other one is refused.
 */
@Entity
@Table(name = "assessment")
@NamedQuery(
    name = "Assessment.startedFor",
    query = "select a from Assessment a where a.accountId = :account and a.competenceCode = :competence and a.state = 'STARTED'")
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

  protected Assessment() {}

  public Assessment(long accountId, String competenceCode, long seed, Instant now) {
    this.accountId = accountId;
    this.competenceCode = competenceCode;
    this.seed = seed;
    this.state = State.STARTED;
    this.createdAt = now;
  }

  public void ask(String challengeId) {
    currentChallengeId = challengeId;
  }

  /** The asked challenge was answered: nothing is asked until the engine chooses again. */
  public void answered() {
    currentChallengeId = null;
  }

  public void complete(Instant now) {
    state = State.COMPLETED;
    currentChallengeId = null;
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
}
