package org.opencrcn.assessment.application;

import jakarta.ejb.ApplicationException;

/**
 * Improving or resetting a competence before its delay has passed, or with nothing to act on;
 * nothing is changed.
 */
@ApplicationException(rollback = true)
public class NotYetAvailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What was asked for (each has a translated message in the screens' bundle). */
  public enum Action {
    IMPROVE,
    RESET
  }

  private final Action action;
  private final int daysLeft;

  public NotYetAvailableException(Action action, int daysLeft) {
    super(action + " not available yet: " + daysLeft + " day(s) left");
    this.action = action;
    this.daysLeft = daysLeft;
  }

  public Action action() {
    return action;
  }

  /**
   * Days before it becomes available; 0 when waiting will not help (e.g. already at the highest
   * level).
   */
  public int daysLeft() {
    return daysLeft;
  }
}
