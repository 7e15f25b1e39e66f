package org.opencrcn.organization.application.ent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.identity.domain.EntAffiliation;
import org.opencrcn.identity.domain.EntProfile;
import org.opencrcn.organization.domain.Membership;
import org.opencrcn.organization.domain.MembershipRole;
import org.opencrcn.organization.domain.RoleOrigin;
import org.opencrcn.organization.infrastructure.MembershipRepository;
import org.opencrcn.shared.Roles;

/**
 * At each ENT sign-in, the ADMIN rights that rest on the ENT's word (gained through the ENT or an
 * activation link, {@link RoleOrigin#restsOnTheEnt}) are checked again against what the ENT says
 * now: a person the ENT no longer calls director of that school becomes a MEMBER when it says they
 * teach there, and leaves it otherwise, even as its last administrator (the ENT's word is what the
 * right stood on; the new director activates the school again); a MEMBER it kept as a teacher
 * leaves once the ENT says neither. Rights given by a person are left.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class EntAdminReview {
  private static final Logger LOG = Logger.getLogger(EntAdminReview.class.getName());

  @Inject private CallerAccount caller;
  @Inject private MembershipRepository memberships;

  /** Reviews the caller's rights against what their ENT asserted at this sign-in. */
  public void reviewCaller() {
    EntAffiliation ent = caller.entAffiliation();
    if (!ent.fromEnt()) {
      return;
    }
    for (Membership membership :
        caller.id().map(memberships::findActiveByAccount).orElseGet(java.util.List::of)) {
      String uai = membership.organization().uai();
      boolean director = ent.hasAt(EntProfile.DIRECTOR, uai);
      boolean teacher = ent.hasAt(EntProfile.TEACHER, uai);
      if (membership.role() == MembershipRole.ADMIN
          && membership.roleOrigin().restsOnTheEnt()
          && !director) {
        withdraw(membership, teacher);
      } else if (membership.role() == MembershipRole.MEMBER
          && membership.roleOrigin() == RoleOrigin.ENT
          && !director
          && !teacher) {
        withdraw(membership, false); // kept as a teacher when the ENT stopped saying director
      }
    }
  }

  private void withdraw(Membership membership, boolean stillTeacher) {
    long organizationId = membership.organization().id();
    memberships.lockOrganization(organizationId);
    if (stillTeacher) {
      membership.changeRole(MembershipRole.MEMBER, RoleOrigin.ENT);
      LOG.info(
          "Account "
              + membership.accountId()
              + " is no longer director of organisation "
              + organizationId
              + " according to the ENT: now MEMBER");
    } else {
      memberships.remove(membership);
      LOG.info(
          "Account "
              + membership.accountId()
              + " is no longer director of organisation "
              + organizationId
              + " according to the ENT: membership removed");
    }
  }
}
