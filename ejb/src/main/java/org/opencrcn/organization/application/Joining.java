package org.opencrcn.organization.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.opencrcn.organization.domain.Membership;
import org.opencrcn.organization.domain.MembershipRole;
import org.opencrcn.organization.domain.MembershipRules;
import org.opencrcn.organization.domain.Organization;
import org.opencrcn.organization.infrastructure.MembershipRepository;

/** Makes an account a member of an organisation, by activation link or invitation. */
@Dependent
class Joining {
  @Inject private MembershipRepository memberships;

  /**
   * The first member becomes ADMIN whatever the role offered; an existing member gets the role
   * offered, but an ADMIN stays ADMIN.
   */
  MembershipRole join(Organization organization, long accountId, MembershipRole offered) {
    memberships.lockOrganization(organization.id());
    var existing = memberships.find(organization.id(), accountId);
    if (existing.isPresent()) {
      Membership membership = existing.get();
      membership.changeRole(MembershipRules.roleOnAccepting(membership.role(), offered));
      return membership.role();
    }
    MembershipRole role = MembershipRules.roleOnJoining(offered, memberships.countMembers(organization.id()));
    memberships.add(new Membership(organization, accountId, role));
    return role;
  }
}
