package org.opencrcn.organization.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.identity.domain.EntAffiliation;
import org.opencrcn.identity.domain.EntProfile;
import org.opencrcn.organization.domain.Membership;
import org.opencrcn.organization.domain.MembershipRole;
import org.opencrcn.organization.domain.Organization;
import org.opencrcn.organization.infrastructure.MembershipRepository;
import org.opencrcn.organization.infrastructure.OrganizationRepository;
import org.opencrcn.shared.AccessDeniedException;

/**
 * The organisation check every Orga service makes: the caller is a member of this organisation (and
 * an administrator, to manage its members), and the organisation is not archived. Before someone is
 * a member, the ENT's word is the check: the school is one the caller's ENT gives them a profile
 * in.
 */
@Dependent
public class OrgaGuard {
  @Inject private CallerAccount caller;
  @Inject private MembershipRepository memberships;
  @Inject private OrganizationRepository organizations;

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

  /**
   * The (non archived) organisation, when the ENT gives this profile in that very school. Profiles
   * are tied to their school: a director of A who is also a parent at B is no director of B.
   *
   * @param ent the caller's ENT affiliation
   * @throws AccessDeniedException when the ENT does not name the school, or not with this profile
   */
  public Organization requireEntProfile(
      EntAffiliation ent, long organizationId, EntProfile profile) {
    Organization organization =
        organizations
            .findById(organizationId)
            .filter(found -> !found.archived() && ent.isAttachedTo(found.uai()))
            .orElseThrow(
                () ->
                    new AccessDeniedException(
                        "The caller's ENT does not name organisation " + organizationId));
    if (!ent.hasAt(profile, organization.uai())) {
      throw new AccessDeniedException(
          "The caller's ENT does not say they are "
              + profile
              + " of organisation "
              + organizationId);
    }
    return organization;
  }
}
