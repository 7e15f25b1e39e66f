package org.opencrcn.web.orga;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.opencrcn.organization.application.OrgaAccess;
import org.opencrcn.organization.application.OrganizationSummary;
import org.opencrcn.organization.application.members.InvitationView;
import org.opencrcn.organization.application.members.JoinRequestRefusedException;
import org.opencrcn.organization.application.members.JoinRequestView;
import org.opencrcn.organization.application.members.MemberView;
import org.opencrcn.organization.application.members.MembersRefusedException;
import org.opencrcn.organization.application.members.OrgaInvitations;
import org.opencrcn.organization.application.members.OrgaJoinRequests;
import org.opencrcn.organization.application.members.OrgaMembers;
import org.opencrcn.organization.domain.MembershipRole;
import org.opencrcn.shared.mail.MailNotSentException;
import org.opencrcn.web.shared.CurrentPerson;
import org.opencrcn.web.shared.LanguageSelection;
import org.opencrcn.web.shared.UserMessages;

/**
 * The members of the organisation chosen in Orga ({@code organization} parameter, else the first):
 * the list for every member; join requests, invitations, roles and removals for administrators. The
 * services check every action again; this page only hides what the person may not do.
 */
@Named
@ViewScoped
public class MembersView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter PARIS =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

  @Inject private OrgaAccess orga;
  @Inject private OrgaMembers members;
  @Inject private OrgaInvitations invitations;
  @Inject private OrgaJoinRequests joinRequests;
  @Inject private LanguageSelection language;
  @Inject private UserMessages messages;
  @Inject private CurrentPerson currentPerson;

  private Long organizationId;
  private OrganizationSummary organization;
  private List<MemberView> memberList;
  private List<InvitationView> pending;
  private List<JoinRequestView> requests;
  private String inviteEmail;
  private MembershipRole inviteRole = MembershipRole.MEMBER;

  /**
   * The member an administrator chose to remove, shown for confirmation before anything changes.
   */
  private MemberView toRemove;

  public void load() {
    organization = organizationId == null ? orga.defaultOrganization() : orga.enter(organizationId);
    memberList = members.members(organization.id());
    pending = isAdmin() ? invitations.pending(organization.id()) : List.of();
    requests = isAdmin() ? joinRequests.pending(organization.id()) : List.of();
  }

  public boolean isAdmin() {
    return organization.role() == MembershipRole.ADMIN;
  }

  public String invite() {
    return act(
        () -> {
          var sent =
              invitations.invite(organization.id(), inviteEmail, inviteRole, language.getLocale());
          messages.info("members.invited", sent.email());
        });
  }

  public String resend(long invitationId) {
    return act(
        () ->
            messages.info(
                "members.resent",
                invitations.resend(organization.id(), invitationId, language.getLocale()).email()));
  }

  public String cancel(InvitationView invitation) {
    return act(
        () -> {
          invitations.cancel(organization.id(), invitation.id());
          messages.info("members.cancelled", invitation.email());
        });
  }

  public String changeRole(MemberView member, MembershipRole role) {
    return act(
        () -> {
          members.changeRole(organization.id(), member.accountId(), role);
          messages.info("members.roleChanged." + role, member.name());
        });
  }

  /**
   * An administrator's first click on "remove": the page asks to confirm, naming the member and
   * what they will lose; nothing changes yet.
   */
  public void askRemoval(MemberView member) {
    toRemove = member;
  }

  public void cancelRemoval() {
    toRemove = null;
  }

  /** The administrator confirmed: the member loses their access to the organisation. */
  public String confirmRemoval() {
    MemberView member = toRemove;
    toRemove = null;
    return member == null ? null : remove(member);
  }

  public MemberView getToRemove() {
    return toRemove;
  }

  /** Removing oneself is leaving: the person is then sent to their own space. */
  public String remove(MemberView member) {
    String next =
        act(
            () -> {
              members.remove(organization.id(), member.accountId());
              messages.info(
                  member.you() ? "members.left" : "members.removed",
                  member.name(),
                  organization.name());
            });
    if (next != null && member.you()) {
      currentPerson.refresh();
      return "/app/index.xhtml?faces-redirect=true";
    }
    return next;
  }

  public String approve(JoinRequestView request) {
    return decide(
        () -> {
          joinRequests.approve(request.id());
          messages.info("joinRequests.done.APPROVED", request.name(), organization.name());
        });
  }

  public String refuse(JoinRequestView request) {
    return decide(
        () -> {
          joinRequests.refuse(request.id());
          messages.info("joinRequests.done.REFUSED", request.name());
        });
  }

  /**
   * Runs a decision on a join request and shows the page again either way: when another
   * administrator decided first, the list then shows what is still waiting.
   */
  private String decide(Runnable decision) {
    try {
      decision.run();
    } catch (JoinRequestRefusedException refused) {
      messages.error("joinRequests.refusal." + refused.reason());
    }
    return "/orga/membres.xhtml?faces-redirect=true&organization=" + organization.id();
  }

  /**
   * Runs an action; on success redirects to this page again (PRG), on refusal stays with the
   * reason.
   */
  private String act(Runnable action) {
    try {
      action.run();
      return "/orga/membres.xhtml?faces-redirect=true&organization=" + organization.id();
    } catch (MembersRefusedException refused) {
      messages.error("members.refused." + refused.reason());
    } catch (MailNotSentException notSent) {
      messages.error("mail.notSent");
    }
    return null;
  }

  public String inParis(Instant instant) {
    return instant == null ? "" : PARIS.format(instant);
  }

  public MembershipRole[] getRoles() {
    return MembershipRole.values();
  }

  public Long getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(Long organizationId) {
    this.organizationId = organizationId;
  }

  public OrganizationSummary getOrganization() {
    return organization;
  }

  public List<MemberView> getMembers() {
    return memberList;
  }

  public List<InvitationView> getPending() {
    return pending;
  }

  public List<JoinRequestView> getJoinRequests() {
    return requests;
  }

  public String getInviteEmail() {
    return inviteEmail;
  }

  public void setInviteEmail(String inviteEmail) {
    this.inviteEmail = inviteEmail;
  }

  public MembershipRole getInviteRole() {
    return inviteRole;
  }

  public void setInviteRole(MembershipRole inviteRole) {
    this.inviteRole = inviteRole;
  }
}
