package org.opencrcn.organization.application.members;

import jakarta.ejb.ApplicationException;

/** A change to an organisation's members that breaks a rule; nothing is changed. */
@ApplicationException(rollback = true)
public class MembersRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Each reason has a translated message in the screens' bundle. */
  public enum Reason {
    LAST_ADMIN,
    ALREADY_MEMBER,
    INVALID_EMAIL,
    NOT_PENDING,
    NO_SUCH_MEMBER
  }

  private final Reason reason;

  public MembersRefusedException(Reason reason) {
    super("Members change refused: " + reason);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
