package org.opencrcn.organization.application.members;

import jakarta.ejb.ApplicationException;

/**
 * A request to join an Orga space, or a decision on one, that breaks a rule; nothing is changed.
 */
@ApplicationException(rollback = true)
public class JoinRequestRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Each reason has a translated message in the screens' bundle ({@code
   * joinRequests.refused.NAME}).
   */
  public enum Reason {
    /** The requester is already a member: there is nothing to ask. */
    ALREADY_MEMBER,
    /**
     * The request was already approved, refused or withdrawn (another administrator was quicker).
     */
    NOT_PENDING
  }

  private final Reason reason;

  public JoinRequestRefusedException(Reason reason) {
    super("Join request refused: " + reason);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
