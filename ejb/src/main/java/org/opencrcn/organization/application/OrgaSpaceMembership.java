package org.opencrcn.organization.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.opencrcn.identity.application.Space;
import org.opencrcn.identity.application.SpaceMembership;
import org.opencrcn.identity.application.SpaceRole;
import org.opencrcn.organization.domain.Membership;
import org.opencrcn.organization.domain.MembershipRole;
import org.opencrcn.organization.infrastructure.MembershipRepository;

/**
 * Orga's side of identity's port: a member of an active organisation enters Orga, as {@code
 * orga-admin} when they administer at least one, else as {@code orga-member}.
 */
@ApplicationScoped
public class OrgaSpaceMembership implements SpaceMembership {
  static final String ADMIN = "orga-admin";
  static final String MEMBER = "orga-member";

  @Inject private MembershipRepository memberships;

  @Override
  public List<SpaceRole> rolesOf(long accountId) {
    List<Membership> active = memberships.findActiveByAccount(accountId);
    if (active.isEmpty()) {
      return List.of();
    }
    boolean admin = active.stream().anyMatch(m -> m.role() == MembershipRole.ADMIN);
    return List.of(new SpaceRole(Space.ORGA, admin ? ADMIN : MEMBER));
  }
}
