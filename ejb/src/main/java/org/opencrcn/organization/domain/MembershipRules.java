package org.opencrcn.organization.domain;

/**
 * Who administers an organisation: its first member does, and an organisation with members always
 * keeps at least one administrator (else nobody could invite or manage anyone).
 */
public final class MembershipRules {
  private MembershipRules() {}

  /** The role a person gets on joining: ADMIN for the first member, the invited role otherwise. */
  public static MembershipRole roleOnJoining(MembershipRole invited, long currentMembers) {
    return currentMembers == 0 ? MembershipRole.ADMIN : invited;
  }

  /** A member who accepts an invitation keeps ADMIN if they had it: accepting never demotes. */
  public static MembershipRole roleOnAccepting(MembershipRole current, MembershipRole invited) {
    return current == MembershipRole.ADMIN ? MembershipRole.ADMIN : invited;
  }

  /**
   * Whether a member may leave (or be removed, or lose ADMIN): not when they are the last
   * administrator.
   */
  public static boolean mayStopAdministering(MembershipRole role, long administrators) {
    return role != MembershipRole.ADMIN || administrators > 1;
  }
}
