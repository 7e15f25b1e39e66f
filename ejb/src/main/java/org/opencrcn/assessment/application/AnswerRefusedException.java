package org.opencrcn.assessment.application;

import jakarta.ejb.ApplicationException;

/** An answer the platform does not record, and why; nothing is changed. */
@ApplicationException(rollback = true)
public class AnswerRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why an answer is refused (each has a translated message in the screens' bundle). */
  public enum Reason {
    NOT_CURRENT_QUESTION,
    EMPTY,
    TOO_LONG,
    FINISHED
  }

  private final Reason reason;

  public AnswerRefusedException(Reason reason) {
    super("Answer refused: " + reason);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
