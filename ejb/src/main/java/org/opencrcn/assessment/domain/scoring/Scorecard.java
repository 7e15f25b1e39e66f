package org.opencrcn.assessment.domain.scoring;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * Where a learner stands on a competence (docs/rules.md §3): not started, started or completed, the
 * pix and level, and when improving and resetting become possible — both counted from the last
 * answer given on the competence, in whole days rounded up ("Remise à zéro disponible dans 4
 * jours").
 */
public record Scorecard(
    String competenceCode,
    Status status,
    long pix,
    int level,
    int daysBeforeImproving,
    int daysBeforeReset,
    boolean improvable,
    boolean resettable)
    implements Serializable {

  /** Not started also after a reset, until a new test begins. */
  public enum Status {
    NOT_STARTED,
    STARTED,
    COMPLETED
  }

  private static final double MILLIS_PER_DAY = Duration.ofDays(1).toMillis();

  /**
   * @param lastAnswerAt when the last knowledge element of the competence was written; null if none
   */
  public static Scorecard of(
      String competenceCode,
      Status status,
      CompetenceScore score,
      Instant lastAnswerAt,
      Instant now,
      PositioningRules rules) {
    int daysBeforeImproving = remainingDays(lastAnswerAt, now, rules.improveDelayDays());
    int daysBeforeReset = remainingDays(lastAnswerAt, now, rules.resetDelayDays());
    boolean improvable =
        status == Status.COMPLETED
            && score.level() < rules.maxReachableLevel()
            && daysBeforeImproving == 0;
    boolean resettable =
        status != Status.NOT_STARTED && lastAnswerAt != null && daysBeforeReset == 0;
    return new Scorecard(
        competenceCode,
        status,
        score.pix(),
        score.level(),
        daysBeforeImproving,
        daysBeforeReset,
        improvable,
        resettable);
  }

  /** A competence never tested (or reset): nothing to improve or reset. */
  public static Scorecard notStarted(String competenceCode) {
    return new Scorecard(competenceCode, Status.NOT_STARTED, 0, 0, 0, 0, false, false);
  }

  /**
   * Days left, rounded up, before {@code delayDays} have passed since {@code since}; 0 once they
   * have.
   */
  static int remainingDays(Instant since, Instant now, int delayDays) {
    if (since == null) {
      return 0;
    }
    double remaining = delayDays - Duration.between(since, now).toMillis() / MILLIS_PER_DAY;
    return remaining <= 0 ? 0 : (int) Math.ceil(remaining);
  }

  public boolean started() {
    return status == Status.STARTED;
  }

  public boolean completed() {
    return status == Status.COMPLETED;
  }

  public boolean notStarted() {
    return status == Status.NOT_STARTED;
  }
}
