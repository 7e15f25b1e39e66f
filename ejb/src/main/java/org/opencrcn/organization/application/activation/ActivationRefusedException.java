package org.opencrcn.organization.application.activation;

import jakarta.ejb.ApplicationException;

/** An activation request the platform does not follow, and why; nothing is stored or mailed. */
@ApplicationException(rollback = true)
public class ActivationRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Each reason has a translated message in the screens' bundle. */
  public enum Reason {
    INVALID_UAI,
    UNKNOWN_UAI,
    NOT_SCO,
    ARCHIVED,
    NO_EMAIL,
    TOO_MANY_REQUESTS,
    /** Too many links mailed to requests from this network address in the last hour. */
    TOO_MANY_FROM_ADDRESS,
    /** Too many links mailed over the whole platform in the last hour: try again later. */
    BUSY,
    /** A name that is not a person's name (digits, dots, slashes, markup...). */
    INVALID_NAME
  }

  private final Reason reason;

  public ActivationRefusedException(Reason reason) {
    super("Activation request refused: " + reason);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
