package org.opencrcn.organization.domain;

/**
 * How a member got their current role. An ADMIN right that rests on the ENT's word ({@link #ENT},
 * {@link #ACTIVATION}: the director proved it through the school's mailbox) is checked again
 * against the ENT at each ENT sign-in; one given by a person (an invitation, an administrator's
 * decision) stays until a person takes it back.
 */
public enum RoleOrigin {
  /** Activated or joined through the ENT (a director's one click). */
  ENT,
  /** The activation link mailed to the school's own address. */
  ACTIVATION,
  /** An administrator's invitation. */
  INVITATION,
  /** An approved request to join. */
  REQUEST,
  /** An administrator changed the role. */
  ADMIN,
  /** Made before origins were recorded. */
  UNKNOWN;

  /** Whether an ADMIN right of this origin is re-checked against the ENT at each ENT sign-in. */
  public boolean restsOnTheEnt() {
    return this == ENT || this == ACTIVATION;
  }
}
