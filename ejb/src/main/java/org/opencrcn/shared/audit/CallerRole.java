package org.opencrcn.shared.audit;

/**
 * The realm role an event was done with: the most powerful one the caller holds. A person's role in
 * an organisation or centre follows from their account and the organisation target.
 */
public enum CallerRole {
  PLATFORM_ADMIN,
  LEARNER,
  /** Not signed in: a public form (e.g. an activation request). */
  ANONYMOUS,
  /** No request at all: a timer or a batch job. */
  SYSTEM;

  static CallerRole of(boolean platformAdmin, boolean signedIn, boolean duringARequest) {
    if (platformAdmin) {
      return PLATFORM_ADMIN;
    }
    if (signedIn) {
      return LEARNER;
    }
    return duringARequest ? ANONYMOUS : SYSTEM;
  }
}
