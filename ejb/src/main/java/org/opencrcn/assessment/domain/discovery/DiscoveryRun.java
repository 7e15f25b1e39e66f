package org.opencrcn.assessment.domain.discovery;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A learner's attempt at a discovery test. It keeps the skills it was started with, in order, and
 * the challenge being asked, so that a learner who leaves comes back to the same question and an
 * answer to any other one is refused.
 */
@Entity
@Table(name = "discovery_run")
@NamedQuery(
    name = "DiscoveryRun.startedFor",
    query =
        "select r from DiscoveryRun r where r.accountId = :account and r.testId = :test and r.state = 'STARTED' order by r.id")
@NamedQuery(
    name = "DiscoveryRun.startedBy",
    query =
        "select r from DiscoveryRun r where r.accountId = :account and r.state = 'STARTED' order by r.id")
public class DiscoveryRun {
  /** Started until every skill was asked. */
  public enum State {
    STARTED,
    COMPLETED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(name = "discovery_test_id", nullable = false)
  private String testId;

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

  @ElementCollection
  @CollectionTable(
      name = "discovery_run_skill",
      joinColumns = @JoinColumn(name = "discovery_run_id"))
  @OrderColumn(name = "position")
  @Column(name = "skill_name", nullable = false)
  private List<String> skillNames = new ArrayList<>();

  protected DiscoveryRun() {}

  public DiscoveryRun(
      long accountId, String testId, List<String> skillNames, long seed, Instant now) {
    this.accountId = accountId;
    this.testId = testId;
    this.skillNames.addAll(skillNames);
    this.seed = seed;
    this.state = State.STARTED;
    this.createdAt = now;
  }

  /** The skill asked at a position (0 first), empty past the last one. */
  public Optional<String> skillAt(int position) {
    return position < skillNames.size() ? Optional.of(skillNames.get(position)) : Optional.empty();
  }

  public void ask(String challengeId) {
    currentChallengeId = challengeId;
  }

  /** The asked challenge was answered: the next one is drawn when the next question is shown. */
  public void answered() {
    currentChallengeId = null;
  }

  public void complete(Instant now) {
    state = State.COMPLETED;
    currentChallengeId = null;
    completedAt = now;
  }

  public long accountId() {
    return accountId;
  }

  public boolean belongsTo(long account) {
    return accountId == account;
  }

  public boolean completed() {
    return state == State.COMPLETED;
  }

  public Long id() {
    return id;
  }

  public String testId() {
    return testId;
  }

  public long seed() {
    return seed;
  }

  public String currentChallengeId() {
    return currentChallengeId;
  }

  public int questionCount() {
    return skillNames.size();
  }

  public List<String> skillNames() {
    return List.copyOf(skillNames);
  }
}
