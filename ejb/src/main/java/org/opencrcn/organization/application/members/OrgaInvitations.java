package org.opencrcn.organization.application.members;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opencrcn.identity.application.AccountCard;
import org.opencrcn.identity.application.AccountDirectory;
import org.opencrcn.organization.application.Joining;
import org.opencrcn.organization.application.LinkPreview;
import org.opencrcn.organization.application.LinkRefusedException;
import org.opencrcn.organization.application.OrgaGuard;
import org.opencrcn.organization.application.OrgaMails;
import org.opencrcn.organization.application.OrgaSettings;
import org.opencrcn.organization.domain.Invitation;
import org.opencrcn.organization.domain.LinkState;
import org.opencrcn.organization.domain.Membership;
import org.opencrcn.organization.domain.MembershipRole;
import org.opencrcn.organization.infrastructure.InvitationRepository;
import org.opencrcn.organization.infrastructure.MembershipRepository;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.SecretToken;
import org.opencrcn.shared.mail.MailSender;

/**
 * Administrators invite people by e-mail; the invitee follows the link, signs in with any account
 * and joins with the role offered. Inviting a pending address again re-sends the same link.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class OrgaInvitations {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @Inject private InvitationRepository invitations;
  @Inject private MembershipRepository memberships;
  @Inject private AccountDirectory accounts;
  @Inject private MailSender mailer;
  @Inject private OrgaGuard guard;
  @Inject private Joining joining;

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
    if (email == null || email.length() > 320 || !EMAIL.matcher(email.strip()).matches()) {
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
    Invitation invitation;
    if (pending.isPresent()) {
      invitation = pending.get();
      invitation.changeRole(role);
    } else {
      invitation =
          invitations.add(
              new Invitation(
                  admin.organization(),
                  address,
                  role,
                  SecretToken.generate(),
                  admin.accountId(),
                  Instant.now()));
    }
    send(invitation, admin, locale);
    return InvitationView.of(invitation);
  }

  /** Mails the pending invitation's link again (the same link). */
  public InvitationView resend(long organizationId, long invitationId, @NotNull Locale locale) {
    Membership admin = guard.requireAdmin(organizationId);
    Invitation invitation = pending(organizationId, invitationId);
    send(invitation, admin, locale);
    return InvitationView.of(invitation);
  }

  /** Cancels a pending invitation: its link then says it was cancelled. */
  public void cancel(long organizationId, long invitationId) {
    guard.requireAdmin(organizationId);
    pending(organizationId, invitationId).cancel(Instant.now());
  }

  /** The invitations still waiting, oldest first; for administrators only. */
  public List<InvitationView> pending(long organizationId) {
    guard.requireAdmin(organizationId);
    return invitations.findPending(organizationId).stream().map(InvitationView::of).toList();
  }

  /**
   * What accepting will do, without doing it.
   *
   * @throws LinkRefusedException UNKNOWN, USED (accepted), CANCELLED, or ARCHIVED
   */
  public LinkPreview preview(@NotNull String token) {
    Invitation invitation = usable(invitations.findByToken(token));
    return new LinkPreview(
        invitation.organization().id(), invitation.organization().name(), invitation.role());
  }

  /**
   * Makes the caller a member with the invited role (ADMIN if they are the first member) and closes
   * the invitation.
   *
   * @return the organisation's id, for Orga to open on it
   */
  public long accept(@NotNull String token) {
    Invitation invitation = usable(invitations.lockByToken(token));
    long accountId = guard.callerId();
    invitation.accept(accountId, Instant.now());
    joining.join(invitation.organization(), accountId, invitation.role());
    return invitation.organization().id();
  }

  private Invitation pending(long organizationId, long invitationId) {
    return invitations
        .find(organizationId, invitationId)
        .filter(invitation -> invitation.state() == LinkState.USABLE)
        .orElseThrow(() -> new MembersRefusedException(MembersRefusedException.Reason.NOT_PENDING));
  }

  private static Invitation usable(Optional<Invitation> found) {
    Invitation invitation =
        found.orElseThrow(() -> new LinkRefusedException(LinkRefusedException.Reason.UNKNOWN));
    if (invitation.state() != LinkState.USABLE) {
      throw new LinkRefusedException(
          LinkRefusedException.Reason.valueOf(invitation.state().name()));
    }
    if (invitation.organization().archived()) {
      throw new LinkRefusedException(LinkRefusedException.Reason.ARCHIVED);
    }
    return invitation;
  }

  private void send(Invitation invitation, Membership admin, Locale locale) {
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
                invitation.token(),
                locale));
    invitation.markSent(Instant.now());
  }
}
