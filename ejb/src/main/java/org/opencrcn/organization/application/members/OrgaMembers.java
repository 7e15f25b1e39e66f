package org.opencrcn.organization.application.members;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.opencrcn.identity.application.AccountCard;
import org.opencrcn.identity.application.AccountDirectory;
import org.opencrcn.organization.application.OrgaGuard;
import org.opencrcn.organization.domain.Membership;
import org.opencrcn.organization.domain.MembershipRole;
import org.opencrcn.organization.domain.MembershipRules;
import org.opencrcn.organization.domain.RoleOrigin;
import org.opencrcn.organization.infrastructure.MembershipRepository;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;

/**
 * The members of an organisation: every member sees them; administrators change roles and remove
 * members; anyone may leave. The last administrator can neither leave nor lose the role.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class OrgaMembers {
  @Inject private MembershipRepository memberships;
  @Inject private AccountDirectory accounts;
  @Inject private OrgaGuard guard;
  @Inject private AuditLog audit;

  /** Administrators first, then by name. */
  public List<MemberView> members(long organizationId) {
    long callerId = guard.requireMember(organizationId).accountId();
    List<Membership> all = memberships.findByOrganization(organizationId);
    Map<Long, AccountCard> cards = accounts.cards(all.stream().map(Membership::accountId).toList());
    return all.stream()
        .map(
            m -> {
              AccountCard card = cards.get(m.accountId());
              return new MemberView(
                  m.accountId(),
                  card.displayName(),
                  card.email(),
                  m.role(),
                  m.accountId() == callerId);
            })
        .sorted(
            Comparator.comparing(MemberView::role)
                .thenComparing(MemberView::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /**
   * @throws MembersRefusedException LAST_ADMIN when this would leave the organisation without one
   */
  public void changeRole(long organizationId, long accountId, @NotNull MembershipRole role) {
    guard.requireAdmin(organizationId);
    Membership target = lockedMember(organizationId, accountId);
    if (role != MembershipRole.ADMIN) {
      requireAnotherAdministrator(target);
    }
    target.changeRole(role, RoleOrigin.ADMIN);
    audit.record(
        AuditAction.ROLE_CHANGE,
        AuditTarget.organization(organizationId),
        AuditTarget.account(accountId));
  }

  /**
   * Removes a member (an administrator's action), or the caller themselves (leaving).
   *
   * @throws MembersRefusedException LAST_ADMIN when this would leave the organisation without one
   */
  public void remove(long organizationId, long accountId) {
    Membership caller = guard.requireMember(organizationId);
    if (caller.accountId() != accountId && caller.role() != MembershipRole.ADMIN) {
      throw new AccessDeniedException(
          "Only administrators remove other members of " + organizationId);
    }
    Membership target = lockedMember(organizationId, accountId);
    requireAnotherAdministrator(target);
    memberships.remove(target);
    audit.record(
        AuditAction.MEMBERSHIP_REVOKED,
        AuditTarget.organization(organizationId),
        AuditTarget.account(accountId));
  }

  private Membership lockedMember(long organizationId, long accountId) {
    memberships.lockOrganization(organizationId);
    return memberships
        .find(organizationId, accountId)
        .orElseThrow(
            () -> new MembersRefusedException(MembersRefusedException.Reason.NO_SUCH_MEMBER));
  }

  private void requireAnotherAdministrator(Membership target) {
    long administrators = memberships.countAdministrators(target.organization().id());
    if (!MembershipRules.mayStopAdministering(target.role(), administrators)) {
      throw new MembersRefusedException(MembersRefusedException.Reason.LAST_ADMIN);
    }
  }
}
