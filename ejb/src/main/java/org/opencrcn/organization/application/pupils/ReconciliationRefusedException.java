package org.opencrcn.organization.application.pupils;

import jakarta.ejb.ApplicationException;

/** The person could not be linked to a pupil record, and why; nothing is changed. */
@ApplicationException(rollback = true)
public class ReconciliationRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Each has a translated message in the screens' bundle ({@code reconciliation.refused.NAME}). */
  public enum Reason {
    /**
     * Too many attempts matched nothing in the last hour: the person must wait, or ask the school.
     */
    TOO_MANY_ATTEMPTS,
    /** No active record with this birthdate and these names. */
    NO_MATCH,
    /** Several records match: the school must tell them apart. */
    SEVERAL_MATCHES,
    /** The record is already linked to another account. */
    RECORD_LINKED_TO_ANOTHER_ACCOUNT,
    /** The person's account is already linked to another record of this school. */
    ACCOUNT_LINKED_TO_ANOTHER_RECORD
  }

  private final Reason reason;

  public ReconciliationRefusedException(Reason reason) {
    super("Reconciliation refused: " + reason);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
