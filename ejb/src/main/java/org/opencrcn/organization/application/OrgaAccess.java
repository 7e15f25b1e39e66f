package org.opencrcn.organization.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.organization.infrastructure.MembershipRepository;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.shared.Roles;

/**
 * Entry into Orga: only members of an organisation enter it, and only for their own organisations
 * (a teacher of school A never sees school B).
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class OrgaAccess {
  @Inject private CallerAccount caller;
  @Inject private MembershipRepository memberships;

  /** The caller's organisations, archived ones left out; empty for a person who is no member. */
  public List<OrganizationSummary> myOrganizations() {
    return caller.id().map(memberships::findActiveByAccount).orElseGet(List::of).stream()
        .map(OrganizationSummary::of)
        .toList();
  }

  /**
   * The organisation the caller enters.
   *
   * @throws AccessDeniedException when the caller is not a member of it
   */
  public OrganizationSummary enter(long organizationId) {
    return myOrganizations().stream()
        .filter(organization -> organization.id() == organizationId)
        .findFirst()
        .orElseThrow(
            () -> new AccessDeniedException("Not a member of organisation " + organizationId));
  }

  /**
   * The organisation Orga opens on: the first of the caller's organisations.
   *
   * @throws AccessDeniedException when the caller belongs to no organisation
   */
  public OrganizationSummary defaultOrganization() {
    return myOrganizations().stream()
        .findFirst()
        .orElseThrow(() -> new AccessDeniedException("Member of no organisation"));
  }
}
