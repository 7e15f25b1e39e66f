package org.opencrcn.organization.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.organization.domain.Membership;
import org.opencrcn.organization.domain.MembershipRole;
import org.opencrcn.organization.infrastructure.MembershipRepository;
import org.opencrcn.shared.AccessDeniedException;

/**
 * The organisation check every Orga service makes: the caller is a member of this organisation (and
 * an administrator, to manage its members), and the organisation is not archived.
 */
@Dependent
public class OrgaGuard {
  @Inject private CallerAccount caller;
  @Inject private MembershipRepository memberships;

  public long callerId() {
    return caller
        .id()
        .orElseThrow(() -> new AccessDeniedException("No account for " + caller.subject()));
  }

  public Membership requireMember(long organizationId) {
    return memberships
        .find(organizationId, callerId())
        .filter(membership -> !membership.organization().archived())
        .orElseThrow(
            () -> new AccessDeniedException("Not a member of organisation " + organizationId));
  }

  public Membership requireAdmin(long organizationId) {
    Membership membership = requireMember(organizationId);
    if (membership.role() != MembershipRole.ADMIN) {
      throw new AccessDeniedException("Not an administrator of organisation " + organizationId);
    }
    return membership;
  }
}
