package org.opencrcn.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opencrcn.certification.domain.CentreInvitation;
import org.opencrcn.certification.domain.CentreMembership;
import org.opencrcn.certification.domain.CentreRefusedException;
import org.opencrcn.certification.domain.CentreRefusedException.Reason;
import org.opencrcn.certification.domain.CentreType;
import org.opencrcn.certification.domain.CertificationCentre;
import org.opencrcn.certification.infrastructure.CentreMembershipRepository;
import org.opencrcn.identity.application.AccountCard;
import org.opencrcn.identity.application.AccountDirectory;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.organization.application.AdministeredOrganizations;
import org.opencrcn.organization.application.OrgaSettings;
import org.opencrcn.organization.application.directory.OrganizationAdministration;
import org.opencrcn.organization.application.directory.OrganizationRow;
import org.opencrcn.organization.application.directory.OrganizationSearch;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.SecretToken;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;
import org.opencrcn.shared.invitation.InvitationRules;
import org.opencrcn.shared.invitation.LinkState;
import org.opencrcn.shared.mail.MailSender;

/**
 * The platform administrators' management of certification centres (docs/certification.md, "Centres
 * and their members"): list, create, edit, archive and unarchive a centre; invite members by e-mail
 * (the rules of every invitation, {@link InvitationRules}), list and remove them. A SCO centre is
 * tied to the Orga organisation of the same UAI, whose administrators are its members too (they are
 * removed in Orga, not here).
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class CentreAdministration {
  @Inject private CentreMembershipRepository centres;
  @Inject private OrganizationAdministration organizations;
  @Inject private AdministeredOrganizations administered;
  @Inject private AccountDirectory accounts;
  @Inject private CallerAccount caller;
  @Inject private MailSender mailer;
  @Inject private AuditLog audit;

  /** Every centre, archived ones too, by name. */
  public List<CentreAdminRow> list() {
    Map<Long, Long> counts = centres.memberCounts();
    return centres.all().stream().map(c -> row(c, counts.getOrDefault(c.id(), 0L))).toList();
  }

  public Optional<CentreAdminRow> find(long centreId) {
    return centres.find(centreId).map(c -> row(c, centres.members(centreId).size()));
  }

  /**
   * @return the new centre's id
   * @throws CentreRefusedException NAME_MISSING, NAME_TOO_LONG, TYPE_MISSING, ORGANIZATION_MISSING
   *     (a SCO centre without UAI), UNKNOWN_UAI, ORGANIZATION_TAKEN
   */
  public long create(@NotNull CentreInput input) {
    Long organizationId = organizationOf(input, 0);
    CertificationCentre centre =
        centres.add(new CertificationCentre(input.name(), input.type(), organizationId));
    record(AuditAction.CENTRE_CREATED, centre.id());
    return centre.id();
  }

  /**
   * New name, type and school, checked as at creation; sessions and members stay.
   *
   * @throws CentreRefusedException as {@link #create}, or NOT_FOUND
   */
  public void update(long centreId, @NotNull CentreInput input) {
    CertificationCentre centre = existing(centreId);
    centre.describeAs(input.name(), input.type(), organizationOf(input, centreId));
    record(AuditAction.CENTRE_EDITED, centreId);
  }

  /** Nobody enters an archived centre, and it gets no new session nor member. */
  public void archive(long centreId) {
    existing(centreId).archive(Instant.now());
    record(AuditAction.CENTRE_ARCHIVED, centreId);
  }

  public void unarchive(long centreId) {
    existing(centreId).unarchive();
    record(AuditAction.CENTRE_UNARCHIVED, centreId);
  }

  /** The centre's members: those invited or added, then (SCO) its school's Orga administrators. */
  public List<CentreMemberView> members(long centreId) {
    CertificationCentre centre = existing(centreId);
    List<Long> own = centres.members(centreId).stream().map(CentreMembership::accountId).toList();
    List<Long> schoolAdmins =
        centre.organizationId().map(administered::administratorsOf).orElseGet(List::of).stream()
            .filter(id -> !own.contains(id))
            .toList();
    List<Long> all = new ArrayList<>(own);
    all.addAll(schoolAdmins);
    Map<Long, AccountCard> cards = accounts.cards(all);
    return all.stream()
        .map(
            id -> {
              AccountCard card = cards.get(id);
              return new CentreMemberView(
                  id,
                  card == null ? "" : card.displayName(),
                  card == null ? null : card.email(),
                  schoolAdmins.contains(id));
            })
        .toList();
  }

  /**
   * Removes a member invited or added; a SCO school's administrator stays a member while they
   * administer the school in Orga.
   *
   * @throws CentreRefusedException NOT_A_MEMBER, NOT_FOUND
   */
  public void removeMember(long centreId, long accountId) {
    existing(centreId);
    CentreMembership membership =
        centres
            .membership(centreId, accountId)
            .orElseThrow(() -> new CentreRefusedException(Reason.NOT_A_MEMBER));
    centres.removeMember(membership);
    audit.record(
        AuditAction.CENTRE_MEMBER_REMOVED,
        AuditTarget.of("centre", centreId),
        AuditTarget.account(accountId));
  }

  /**
   * Invites an address to become a member (or re-sends its pending invitation) and mails the link.
   *
   * @param locale the language of the mail (the administrator's screen: the invitee's is unknown)
   * @throws CentreRefusedException INVALID_EMAIL, ALREADY_MEMBER (an account with this address is a
   *     member), ARCHIVED, NOT_FOUND
   */
  public CentreInvitationView invite(long centreId, String email, @NotNull Locale locale) {
    CertificationCentre centre = active(centreId);
    if (!InvitationRules.isEmail(email)) {
      throw new CentreRefusedException(Reason.INVALID_EMAIL);
    }
    String address = InvitationRules.normalizeEmail(email);
    if (accounts.idsWithEmail(address).stream()
        .anyMatch(id -> centres.membership(centreId, id).isPresent())) {
      throw new CentreRefusedException(Reason.ALREADY_MEMBER);
    }
    SecretToken token = SecretToken.generate();
    Instant now = Instant.now();
    Optional<CentreInvitation> pending = centres.pendingInvitationTo(centreId, address);
    CentreInvitation invitation;
    if (pending.isPresent()) {
      invitation = pending.get();
      invitation.renew(token, now);
    } else {
      invitation = new CentreInvitation(centre, address, token, caller.id().orElse(null), now);
      centres.addInvitation(invitation);
    }
    send(centre, invitation, token, locale);
    return CentreInvitationView.of(invitation);
  }

  /** Mails the pending (or expired) invitation again with a new link; the old one stops working. */
  public CentreInvitationView resend(long centreId, long invitationId, @NotNull Locale locale) {
    CertificationCentre centre = active(centreId);
    CentreInvitation invitation = pending(centreId, invitationId);
    SecretToken token = SecretToken.generate();
    invitation.renew(token, Instant.now());
    send(centre, invitation, token, locale);
    return CentreInvitationView.of(invitation);
  }

  /** Cancels a pending invitation: its link then says it was cancelled. */
  public void cancelInvitation(long centreId, long invitationId) {
    existing(centreId);
    CentreInvitation invitation = pending(centreId, invitationId);
    invitation.cancel(Instant.now());
    audit.record(
        AuditAction.CENTRE_INVITATION_CANCELLED,
        AuditTarget.of("centre", centreId),
        AuditTarget.of("invitation", invitation.id()));
  }

  /** The invitations still waiting (expired ones too, to send again), oldest first. */
  public List<CentreInvitationView> pendingInvitations(long centreId) {
    existing(centreId);
    return centres.pendingInvitations(centreId).stream().map(CentreInvitationView::of).toList();
  }

  private CentreInvitation pending(long centreId, long invitationId) {
    return centres
        .invitation(centreId, invitationId)
        .filter(i -> i.state(Instant.now()) != LinkState.USED)
        .filter(i -> i.state(Instant.now()) != LinkState.CANCELLED)
        .orElseThrow(() -> new CentreRefusedException(Reason.NOT_PENDING));
  }

  private void send(
      CertificationCentre centre, CentreInvitation invitation, SecretToken token, Locale locale) {
    String inviter =
        caller
            .id()
            .flatMap(id -> accounts.cards(List.of(id)).values().stream().findFirst())
            .map(AccountCard::displayName)
            .orElse("OpenCRCN");
    mailer.send(
        new CertifMails(OrgaSettings.publicUrl())
            .invitation(invitation.email(), centre.name(), inviter, token, locale));
    invitation.markSent(Instant.now());
    audit.record(
        AuditAction.CENTRE_INVITATION_SENT,
        AuditTarget.of("centre", centre.id()),
        AuditTarget.of("invitation", invitation.id()));
  }

  /** The Orga organisation of a SCO centre's UAI; null for SUP and PRO. */
  private Long organizationOf(CentreInput input, long centreId) {
    CertificationCentre.check(
        input.name(),
        input.type(),
        input.type() == CentreType.SCO && input.uai() != null && !input.uai().isBlank()
            ? 0L
            : null);
    if (input.type() != CentreType.SCO) {
      return null;
    }
    String uai = input.uai().strip();
    long organizationId =
        organizations.search(new OrganizationSearch(uai, null, true), 0, 10).rows().stream()
            .filter(row -> row.uai() != null && row.uai().equalsIgnoreCase(uai))
            .map(OrganizationRow::id)
            .findFirst()
            .orElseThrow(() -> new CentreRefusedException(Reason.UNKNOWN_UAI));
    if (centres.organizationTaken(organizationId, centreId)) {
      throw new CentreRefusedException(Reason.ORGANIZATION_TAKEN);
    }
    return organizationId;
  }

  private CentreAdminRow row(CertificationCentre centre, long members) {
    Optional<OrganizationRow> school = centre.organizationId().flatMap(organizations::find);
    return new CentreAdminRow(
        centre.id(),
        centre.name(),
        centre.type(),
        school.map(OrganizationRow::uai).orElse(null),
        school.map(OrganizationRow::name).orElse(null),
        members,
        centre.archived());
  }

  private CertificationCentre existing(long centreId) {
    return centres.find(centreId).orElseThrow(() -> new CentreRefusedException(Reason.NOT_FOUND));
  }

  private CertificationCentre active(long centreId) {
    CertificationCentre centre = existing(centreId);
    if (centre.archived()) {
      throw new CentreRefusedException(Reason.ARCHIVED);
    }
    return centre;
  }

  private void record(AuditAction action, long centreId) {
    audit.record(action, AuditTarget.of("centre", centreId));
  }
}
