package org.opencrcn.organization.application;

import jakarta.ejb.ApplicationException;

/** A mailed link (activation or invitation) that no longer does anything, and why. */
@ApplicationException(rollback = true)
public class LinkRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Each reason has a translated message in the screens' bundle. */
  public enum Reason {
    UNKNOWN,
    USED,
    EXPIRED,
    CANCELLED,
    ARCHIVED,
    /** An invitation followed by an account of another address, without confirming it. */
    OTHER_ADDRESS
  }

  private final Reason reason;

  public LinkRefusedException(Reason reason) {
    super("Link refused: " + reason);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
