package org.opencrcn.certification.domain;

import jakarta.ejb.ApplicationException;

/**
 * A platform administrator's change to a centre or its members is refused, and why; nothing is
 * changed.
 */
@ApplicationException(rollback = true)
public class CentreRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Each has a translated message in the screens' bundle ({@code centres.refused.NAME}). */
  public enum Reason {
    /** The centre has no name. */
    NAME_MISSING,
    /** The name is longer than 255 characters. */
    NAME_TOO_LONG,
    /** No type (SCO, SUP, PRO) was chosen. */
    TYPE_MISSING,
    /** A SCO centre needs the UAI of its school. */
    ORGANIZATION_MISSING,
    /** No Orga organisation has this UAI. */
    UNKNOWN_UAI,
    /** The school already has a SCO centre. */
    ORGANIZATION_TAKEN,
    /** No such centre. */
    NOT_FOUND,
    /** The centre is archived: no invitation, no new session. */
    ARCHIVED,
    /** The address is not an e-mail address. */
    INVALID_EMAIL,
    /** An account with this address is already a member. */
    ALREADY_MEMBER,
    /** The invitation was accepted or cancelled already, or is not this centre's. */
    NOT_PENDING,
    /** The person is not a member of this centre (or is one only as the school's administrator). */
    NOT_A_MEMBER
  }

  private final Reason reason;

  public CentreRefusedException(Reason reason) {
    super("Centre change refused: " + reason);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
