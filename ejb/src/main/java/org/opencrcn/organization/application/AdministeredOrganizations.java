package org.opencrcn.organization.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.opencrcn.organization.domain.MembershipRole;
import org.opencrcn.organization.infrastructure.MembershipRepository;

/**
 * The active organisations an account administers, for the certification context: a SCO centre's
 * members include its school's Orga administrators. It takes ids and checks nobody: only the
 * certification context's membership checks use it (with the caller's own id), and the platform
 * admins' management of centres (the administrators of a centre's school).
 */
@Dependent
public class AdministeredOrganizations {
  @Inject private MembershipRepository memberships;

  /** Ids of the active organisations where the account is ADMIN. */
  public List<Long> of(long accountId) {
    return memberships.findActiveByAccount(accountId).stream()
        .filter(m -> m.role() == MembershipRole.ADMIN)
        .map(m -> m.organization().id())
        .toList();
  }

  /** Ids of the accounts that administer the organisation (its ADMIN members). */
  public List<Long> administratorsOf(long organizationId) {
    return memberships.findByOrganization(organizationId).stream()
        .filter(m -> m.role() == MembershipRole.ADMIN)
        .map(m -> m.accountId())
        .toList();
  }
}
