package org.opencrcn.identity.application;

import java.io.Serializable;

/**
 * What anonymising an account did, in the database and in Keycloak.
 *
 * @param keycloakUserId the person's id in Keycloak (the account's former subject), for the
 *     administrator to delete them there by hand when Keycloak failed; empty when there was no
 *     account to anonymise
 */
public record AnonymisationResult(Status status, String keycloakUserId) implements Serializable {
  /** The outcome, database first. */
  public enum Status {
    /** No such account, or anonymised already: nothing changed. */
    NO_ACCOUNT,
    /** The account is anonymised and the person deleted in Keycloak. */
    KEYCLOAK_USER_DELETED,
    /** The account is anonymised; Keycloak had no such person (nothing to delete there). */
    NOT_IN_KEYCLOAK,
    /** The account is anonymised, but Keycloak could not delete the person: to do by hand. */
    KEYCLOAK_FAILED
  }

  /** Whether the account was anonymised (in the database) by this request. */
  public boolean anonymised() {
    return status != Status.NO_ACCOUNT;
  }
}
