package org.opencrcn.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;
import org.opencrcn.certification.domain.CentreInvitation;
import org.opencrcn.certification.domain.CentreMembership;
import org.opencrcn.certification.infrastructure.CentreMembershipRepository;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.identity.application.CallerDetails;
import org.opencrcn.organization.application.LinkRefusedException;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;
import org.opencrcn.shared.invitation.LinkState;

/**
 * The invitee's side of an invitation to a certification centre, as for Orga's: the mailed link,
 * followed by a signed-in person, says what accepting does; accepting makes them a member at once
 * with an account of the invited address, after confirming they join in place of that address
 * otherwise (the page shows it).
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class CentreInvitations {
  @Inject private CentreMembershipRepository centres;
  @Inject private CallerAccount caller;
  @Inject private AuditLog audit;

  /**
   * What accepting will do, without doing it.
   *
   * @throws LinkRefusedException UNKNOWN, USED, EXPIRED, CANCELLED, or ARCHIVED (the centre)
   */
  public CentreInvitationPreview preview(@NotNull String token) {
    CentreInvitation invitation = usable(centres.invitation(token));
    return new CentreInvitationPreview(
        invitation.centre().id(),
        invitation.centre().name(),
        invitation.email(),
        invitation.isFor(callerEmail()));
  }

  /**
   * Makes the caller a member of the centre and closes the invitation.
   *
   * @param otherAddressConfirmed the caller, whose account does not have the invited address, saw
   *     it and confirmed they join in its place; ignored when the addresses match
   * @return the centre's id, for Certif to open on it
   * @throws LinkRefusedException as {@link #preview}, or OTHER_ADDRESS when the addresses differ
   *     and that was not confirmed
   */
  public long accept(@NotNull String token, boolean otherAddressConfirmed) {
    CentreInvitation invitation = usable(centres.lockInvitation(token));
    if (!invitation.isFor(callerEmail()) && !otherAddressConfirmed) {
      throw new LinkRefusedException(LinkRefusedException.Reason.OTHER_ADDRESS);
    }
    long accountId = caller.id().orElseThrow(() -> new AccessDeniedException("No account"));
    long centreId = invitation.centre().id();
    invitation.accept(accountId, Instant.now());
    if (centres.membership(centreId, accountId).isEmpty()) {
      centres.addMember(new CentreMembership(invitation.centre(), accountId));
    }
    audit.record(
        AuditAction.CENTRE_INVITATION_ACCEPTED,
        AuditTarget.of("centre", centreId),
        AuditTarget.of("invitation", invitation.id()),
        AuditTarget.account(accountId));
    return centreId;
  }

  private static CentreInvitation usable(Optional<CentreInvitation> found) {
    CentreInvitation invitation =
        found.orElseThrow(() -> new LinkRefusedException(LinkRefusedException.Reason.UNKNOWN));
    LinkState state = invitation.state(Instant.now());
    if (state != LinkState.USABLE) {
      throw new LinkRefusedException(LinkRefusedException.Reason.valueOf(state.name()));
    }
    if (invitation.centre().archived()) {
      throw new LinkRefusedException(LinkRefusedException.Reason.ARCHIVED);
    }
    return invitation;
  }

  private String callerEmail() {
    return caller.details().map(CallerDetails::email).orElse(null);
  }
}
