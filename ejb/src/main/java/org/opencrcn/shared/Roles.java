package org.opencrcn.shared;

/**
 * Realm roles of the Keycloak realm, as seen by Jakarta Security. Coarse only: which organisation
 * or centre a person may enter is decided by memberships the application keeps.
 */
public final class Roles {
  /** Every signed-in person (default role of the realm). */
  public static final String LEARNER = "learner";

  /** Platform administrators (academy IT). */
  public static final String PLATFORM_ADMIN = "platform-admin";

  private Roles() {}
}
