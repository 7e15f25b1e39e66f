package org.opencrcn.organization.application.pupils;

import jakarta.ejb.ApplicationException;

/** An import that cannot even start, and why; nothing is changed. */
@ApplicationException(rollback = true)
public class ImportRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Each has a translated message in the screens' bundle ({@code pupils.import.refused.NAME}). */
  public enum Reason {
    NOT_SCO,
    ALREADY_RUNNING,
    EMPTY,
    TOO_LARGE
  }

  private final Reason reason;

  public ImportRefusedException(Reason reason) {
    super("Import refused: " + reason);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
