package org.opencrcn.organization.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import org.opencrcn.organization.domain.Membership;
import org.opencrcn.organization.domain.MembershipRole;
import org.opencrcn.organization.domain.MembershipRules;
import org.opencrcn.organization.domain.Organization;
import org.opencrcn.organization.domain.RoleOrigin;
import org.opencrcn.organization.infrastructure.MembershipRepository;
import org.opencrcn.organization.infrastructure.MembershipRequestRepository;

/**
 * Makes an account a member of an organisation (activation link or by the ENT, invitation, approved
 * request to join). A request to join the person still had pending is closed: there is nothing left
 * for an administrator to decide.
 */
@Dependent
public class Joining {
  @Inject private MembershipRepository memberships;
  @Inject private MembershipRequestRepository requests;

  /**
   * The first member becomes ADMIN whatever the role offered; an existing member gets the role
   * offered, but an ADMIN stays ADMIN.
   */
  public MembershipRole join(
      Organization organization, long accountId, MembershipRole offered, RoleOrigin origin) {
    memberships.lockOrganization(organization.id());
    requests
        .findPendingOf(organization.id(), accountId)
        .ifPresent(request -> request.cancel(Instant.now()));
    var existing = memberships.find(organization.id(), accountId);
    if (existing.isPresent()) {
      Membership membership = existing.get();
      membership.changeRole(MembershipRules.roleOnAccepting(membership.role(), offered), origin);
      return membership.role();
    }
    MembershipRole role =
        MembershipRules.roleOnJoining(offered, memberships.countMembers(organization.id()));
    memberships.add(new Membership(organization, accountId, role, origin));
    return role;
  }
}
