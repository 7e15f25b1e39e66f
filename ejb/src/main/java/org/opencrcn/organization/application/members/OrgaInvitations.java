package org.opencrcn.organization.application.members;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opencrcn.identity.application.AccountCard;
import org.opencrcn.identity.application.AccountDirectory;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.identity.application.CallerDetails;
import org.opencrcn.organization.application.Joining;
import org.opencrcn.organization.application.LinkPreview;
import org.opencrcn.organization.application.LinkRefusedException;
import org.opencrcn.organization.application.OrgaGuard;
import org.opencrcn.organization.application.OrgaMails;
import org.opencrcn.organization.application.OrgaSettings;
import org.opencrcn.organization.domain.Invitation;
import org.opencrcn.organization.domain.Membership;
import org.opencrcn.organization.domain.MembershipRole;
import org.opencrcn.organization.domain.RoleOrigin;
import org.opencrcn.organization.infrastructure.InvitationRepository;
import org.opencrcn.organization.infrastructure.MembershipRepository;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.SecretToken;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;
import org.opencrcn.shared.invitation.InvitationRules;
import org.opencrcn.shared.invitation.LinkState;
import org.opencrcn.shared.mail.MailSender;

/**
 * Administrators invite people by e-mail; the invitee follows the link, signs in and joins with the
 * role offered: at once with an account of the invited address, after confirming that they join in
 * place of that address otherwise (the page shows it). Only the SHA-256 of a link's token is kept;
 * a link works 7 days; inviting a pending address again, or sending again, mails a new link.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class OrgaInvitations {
  @Inject private InvitationRepository invitations;
  @Inject private MembershipRepository memberships;
  @Inject private AccountDirectory accounts;
  @Inject private MailSender mailer;
  @Inject private OrgaGuard guard;
  @Inject private AuditLog audit;
  @Inject private Joining joining;
  @Inject private CallerAccount caller;

  /**
   * Invites an address (or re-sends its pending invitation, with this role) and mails the link.
   *
   * @param locale the language of the mail (the inviter's screen: the invitee's is unknown)
   * @throws MembersRefusedException INVALID_EMAIL, or ALREADY_MEMBER when an account with this
   *     address is a member
   * @throws org.opencrcn.shared.AccessDeniedException when the caller is not ADMIN of it
   */
  public InvitationView invite(
      long organizationId, String email, @NotNull MembershipRole role, @NotNull Locale locale) {
    Membership admin = guard.requireAdmin(organizationId);
    if (!InvitationRules.isEmail(email)) {
      throw new MembersRefusedException(MembersRefusedException.Reason.INVALID_EMAIL);
    }
    String address = Invitation.normalizeEmail(email);
    boolean member =
        accounts.idsWithEmail(address).stream()
            .anyMatch(accountId -> memberships.find(organizationId, accountId).isPresent());
    if (member) {
      throw new MembersRefusedException(MembersRefusedException.Reason.ALREADY_MEMBER);
    }
    Optional<Invitation> pending = invitations.findPendingTo(organizationId, address);
    SecretToken token = SecretToken.generate();
    Instant now = Instant.now();
    Invitation invitation;
    if (pending.isPresent()) {
      invitation = pending.get();
      invitation.changeRole(role);
      invitation.renew(token, now);
    } else {
      invitation =
          invitations.add(
              new Invitation(admin.organization(), address, role, token, admin.accountId(), now));
    }
    send(invitation, token, admin, locale);
    recordOn(AuditAction.INVITATION_SENT, invitation);
    return InvitationView.of(invitation);
  }

  /**
   * Mails the pending (or expired) invitation again, with a new link: the link mailed before stops
   * working.
   */
  public InvitationView resend(long organizationId, long invitationId, @NotNull Locale locale) {
    Membership admin = guard.requireAdmin(organizationId);
    Invitation invitation = pending(organizationId, invitationId);
    SecretToken token = SecretToken.generate();
    invitation.renew(token, Instant.now());
    send(invitation, token, admin, locale);
    recordOn(AuditAction.INVITATION_SENT, invitation);
    return InvitationView.of(invitation);
  }

  /** Cancels a pending invitation: its link then says it was cancelled. */
  public void cancel(long organizationId, long invitationId) {
    guard.requireAdmin(organizationId);
    Invitation invitation = pending(organizationId, invitationId);
    invitation.cancel(Instant.now());
    recordOn(AuditAction.INVITATION_CANCELLED, invitation);
  }

  private void recordOn(AuditAction action, Invitation invitation) {
    audit.record(
        action,
        AuditTarget.organization(invitation.organization().id()),
        AuditTarget.of("invitation", invitation.id()));
  }

  /** The invitations still waiting, oldest first; for administrators only. */
  public List<InvitationView> pending(long organizationId) {
    guard.requireAdmin(organizationId);
    return invitations.findPending(organizationId).stream().map(InvitationView::of).toList();
  }

  /**
   * What accepting will do, without doing it: the organisation, the role, the address invited and
   * whether the caller's account has that address.
   *
   * @throws LinkRefusedException UNKNOWN, USED (accepted), EXPIRED, CANCELLED, or ARCHIVED
   */
  public LinkPreview preview(@NotNull String token) {
    Invitation invitation = usable(invitations.findByToken(token));
    return new LinkPreview(
        invitation.organization().id(),
        invitation.organization().name(),
        invitation.role(),
        invitation.email(),
        invitation.isFor(callerEmail()));
  }

  /**
   * Makes the caller a member with the invited role (ADMIN if they are the first member) and closes
   * the invitation.
   *
   * @param otherAddressConfirmed the caller, whose account does not have the invited address, saw
   *     it and confirmed they join in its place; ignored when the addresses match
   * @return the organisation's id, for Orga to open on it
   * @throws LinkRefusedException OTHER_ADDRESS when the addresses differ and that was not confirmed
   */
  public long accept(@NotNull String token, boolean otherAddressConfirmed) {
    Invitation invitation = usable(invitations.lockByToken(token));
    if (!invitation.isFor(callerEmail()) && !otherAddressConfirmed) {
      throw new LinkRefusedException(LinkRefusedException.Reason.OTHER_ADDRESS);
    }
    long accountId = guard.callerId();
    invitation.accept(accountId, Instant.now());
    joining.join(invitation.organization(), accountId, invitation.role(), RoleOrigin.INVITATION);
    audit.record(
        AuditAction.INVITATION_ACCEPTED,
        AuditTarget.organization(invitation.organization().id()),
        AuditTarget.of("invitation", invitation.id()),
        AuditTarget.account(accountId));
    return invitation.organization().id();
  }

  private Invitation pending(long organizationId, long invitationId) {
    return invitations
        .find(organizationId, invitationId)
        .filter(invitation -> invitation.state(Instant.now()) != LinkState.USED)
        .filter(invitation -> invitation.state(Instant.now()) != LinkState.CANCELLED)
        .orElseThrow(() -> new MembersRefusedException(MembersRefusedException.Reason.NOT_PENDING));
  }

  private static Invitation usable(Optional<Invitation> found) {
    Invitation invitation =
        found.orElseThrow(() -> new LinkRefusedException(LinkRefusedException.Reason.UNKNOWN));
    LinkState state = invitation.state(Instant.now());
    if (state != LinkState.USABLE) {
      throw new LinkRefusedException(LinkRefusedException.Reason.valueOf(state.name()));
    }
    if (invitation.organization().archived()) {
      throw new LinkRefusedException(LinkRefusedException.Reason.ARCHIVED);
    }
    return invitation;
  }

  private String callerEmail() {
    return caller.details().map(CallerDetails::email).orElse(null);
  }

  private void send(Invitation invitation, SecretToken token, Membership admin, Locale locale) {
    String inviter =
        accounts.cards(List.of(admin.accountId())).values().stream()
            .map(AccountCard::displayName)
            .findFirst()
            .orElse("");
    mailer.send(
        new OrgaMails(OrgaSettings.publicUrl())
            .invitation(
                invitation.email(),
                admin.organization().name(),
                invitation.role(),
                inviter,
                token,
                locale));
    invitation.markSent(Instant.now());
  }
}
