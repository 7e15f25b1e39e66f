package org.opencrcn.identity.application;

import java.util.List;

/**
 * Identity's port for the spaces a person enters through their memberships: each context that gives
 * memberships (Orga's organisations, Certif's centres) implements it as a CDI bean, and {@link
 * SignIn} asks every implementation. The arrow runs from those contexts to identity, never back:
 * identity knows nothing of organisations or centres.
 */
public interface SpaceMembership {

  /**
   * The roles the account holds in this context (archived places left out); empty for an account
   * that belongs to none. Called inside the sign-in's transaction.
   */
  List<SpaceRole> rolesOf(long accountId);
}
