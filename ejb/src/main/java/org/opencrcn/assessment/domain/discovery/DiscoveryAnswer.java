package org.opencrcn.assessment.domain.discovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An answer given in a discovery run: at most one per question and per challenge (database
 * constraints too). It yields no knowledge element.
 */
@Entity
@Table(name = "discovery_answer")
@NamedQuery(
    name = "DiscoveryAnswer.ofRun",
    query = "select a from DiscoveryAnswer a where a.runId = :run order by a.position")
@NamedQuery(
    name = "DiscoveryAnswer.challengesSeenBy",
    query =
        "select a.challengeId from DiscoveryAnswer a, DiscoveryRun r where a.runId = r.id and r.accountId = :account")
public class DiscoveryAnswer {
  /** As docs/rules.md §2 names results; a discovery test has no timer and no focus rule. */
  public enum Result {
    OK("ok"),
    KO("ko"),
    SKIPPED("aband");

    private final String code;

    Result(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "discovery_run_id", nullable = false)
  private Long runId;

  @Column(nullable = false)
  private int position;

  @Column(name = "challenge_id", nullable = false)
  private String challengeId;

  @Column(name = "skill_name", nullable = false)
  private String skillName;

  @Column(name = "given_value")
  private String givenValue;

  @Column(nullable = false)
  private String result;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  protected DiscoveryAnswer() {}

  public DiscoveryAnswer(
      long runId,
      int position,
      String challengeId,
      String skillName,
      String givenValue,
      Result result,
      Instant at) {
    this.runId = runId;
    this.position = position;
    this.challengeId = challengeId;
    this.skillName = skillName;
    this.givenValue = givenValue;
    this.result = result.code();
    this.answeredAt = at;
  }

  public int position() {
    return position;
  }

  public String challengeId() {
    return challengeId;
  }

  public String skillName() {
    return skillName;
  }

  public String result() {
    return result;
  }

  public boolean right() {
    return Result.OK.code().equals(result);
  }
}
