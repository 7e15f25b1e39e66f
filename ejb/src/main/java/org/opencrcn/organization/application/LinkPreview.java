package org.opencrcn.organization.application;

import java.io.Serializable;
import org.opencrcn.organization.domain.MembershipRole;

/**
 * What following a link will do: join this organisation with this role. For an invitation, the
 * address invited and whether the signed-in account has it (when not, joining needs the person to
 * confirm, having seen that address); an activation link names no person ({@code invitedEmail}
 * null, {@code forCaller} true).
 */
public record LinkPreview(
    long organizationId,
    String organizationName,
    MembershipRole role,
    String invitedEmail,
    boolean forCaller)
    implements Serializable {

  /** An activation link: mailed to the establishment, followed by its director. */
  public LinkPreview(long organizationId, String organizationName, MembershipRole role) {
    this(organizationId, organizationName, role, null, true);
  }
}
