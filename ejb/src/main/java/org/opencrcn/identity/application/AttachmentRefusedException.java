package org.opencrcn.identity.application;

import jakarta.ejb.ApplicationException;

/** Why an ENT identity cannot be attached to an account; nothing was changed. */
@ApplicationException(rollback = true)
public class AttachmentRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public enum Reason {
    /** The caller did not sign in through an ENT, or their account was not made by the ENT. */
    NOT_AN_ENT_ACCOUNT,
    /** The ENT account already holds results or memberships: attaching would lose them. */
    ENT_ACCOUNT_IN_USE,
    UNKNOWN_LINK,
    USED_LINK,
    EXPIRED_LINK,
    /** Back through the ENT instead of the local account's password. */
    SIGNED_IN_THROUGH_THE_ENT,
    /** The account signed in with is itself an ENT account. */
    NOT_A_LOCAL_ACCOUNT,
    /** The local account already has an ENT identity. */
    ALREADY_ATTACHED,
    /** The link is followed in another browser than the one that started the request. */
    OTHER_BROWSER,
    /** The password was not typed since the request began: sign in again. */
    STALE_SIGN_IN
  }

  private final Reason reason;

  public AttachmentRefusedException(Reason reason) {
    super(reason.name());
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
