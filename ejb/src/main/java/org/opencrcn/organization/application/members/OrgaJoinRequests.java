package org.opencrcn.organization.application.members;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.opencrcn.identity.application.AccountCard;
import org.opencrcn.identity.application.AccountDirectory;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.identity.domain.EntAffiliation;
import org.opencrcn.identity.domain.EntProfile;
import org.opencrcn.organization.application.Joining;
import org.opencrcn.organization.application.OrgaGuard;
import org.opencrcn.organization.application.OrgaMails;
import org.opencrcn.organization.application.OrgaSettings;
import org.opencrcn.organization.domain.Membership;
import org.opencrcn.organization.domain.MembershipRequest;
import org.opencrcn.organization.domain.MembershipRole;
import org.opencrcn.organization.domain.Organization;
import org.opencrcn.organization.domain.RoleOrigin;
import org.opencrcn.organization.infrastructure.MembershipRepository;
import org.opencrcn.organization.infrastructure.MembershipRequestRepository;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.mail.MailNotSentException;
import org.opencrcn.shared.mail.MailSender;

/**
 * A teacher of a school, according to their ENT (the teacher profile tied to that school, {@link
 * EntAffiliation#profilesAt}, read from their account, never from parameters), asks to join its
 * Orga space; its administrators are mailed and approve (the teacher becomes MEMBER) or refuse.
 * Every change is made under the organisation's row lock, so a person has at most one pending
 * request per organisation and a request is decided once.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class OrgaJoinRequests {
  private static final Logger LOG = Logger.getLogger(OrgaJoinRequests.class.getName());

  @Inject private CallerAccount caller;
  @Inject private MembershipRepository memberships;
  @Inject private MembershipRequestRepository requests;
  @Inject private AccountDirectory accounts;
  @Inject private MailSender mailer;
  @Inject private OrgaGuard guard;
  @Inject private Joining joining;

  /**
   * Asks to join. Idempotent: while a request is pending, asking again returns it and mails nobody
   * (a double click, or the page reloaded).
   *
   * @param locale the language of the administrators' mail (the requester's screen: theirs is
   *     unknown)
   * @throws JoinRequestRefusedException ALREADY_MEMBER
   * @throws AccessDeniedException when the caller's ENT does not say they teach in this (non
   *     archived) school
   */
  public JoinRequestView request(long organizationId, @NotNull Locale locale) {
    Organization organization =
        guard.requireEntProfile(caller.entAffiliation(), organizationId, EntProfile.TEACHER);
    long accountId = guard.callerId();
    memberships.lockOrganization(organizationId);
    if (memberships.find(organizationId, accountId).isPresent()) {
      throw new JoinRequestRefusedException(JoinRequestRefusedException.Reason.ALREADY_MEMBER);
    }
    Optional<MembershipRequest> pending = requests.findPendingOf(organizationId, accountId);
    if (pending.isPresent()) {
      return view(pending.get());
    }
    MembershipRequest request =
        requests.add(new MembershipRequest(organization, accountId, Instant.now()));
    JoinRequestView view = view(request);
    mailAdministrators(organization, view.name(), locale);
    return view;
  }

  /** The caller's request to this organisation still waiting for a decision, if any. */
  public Optional<JoinRequestView> myPendingRequest(long organizationId) {
    return requests.findPendingOf(organizationId, guard.callerId()).map(this::view);
  }

  /**
   * Withdraws the caller's pending request.
   *
   * @throws JoinRequestRefusedException NOT_PENDING when they have none
   */
  public void cancel(long organizationId) {
    long accountId = guard.callerId();
    memberships.lockOrganization(organizationId);
    requests
        .findPendingOf(organizationId, accountId)
        .orElseThrow(
            () -> new JoinRequestRefusedException(JoinRequestRefusedException.Reason.NOT_PENDING))
        .cancel(Instant.now());
  }

  /**
   * The requests waiting for a decision, oldest first; for the organisation's administrators only.
   */
  public List<JoinRequestView> pending(long organizationId) {
    guard.requireAdmin(organizationId);
    List<MembershipRequest> waiting = requests.findPending(organizationId);
    Map<Long, AccountCard> cards =
        accounts.cards(waiting.stream().map(MembershipRequest::accountId).toList());
    return waiting.stream().map(request -> view(request, cards.get(request.accountId()))).toList();
  }

  /**
   * Makes the requester a MEMBER (an ADMIN they may have become meanwhile stays ADMIN) and closes
   * the request.
   *
   * @throws JoinRequestRefusedException NOT_PENDING when it was already decided or withdrawn
   * @throws AccessDeniedException when the caller is not ADMIN of the request's organisation
   */
  public void approve(long requestId) {
    Decision decision = decide(requestId);
    decision.request().approve(decision.administratorId(), Instant.now());
    joining.join(
        decision.request().organization(),
        decision.request().accountId(),
        MembershipRole.MEMBER,
        RoleOrigin.REQUEST);
  }

  /**
   * Closes the request without adding anybody; the requester may ask again.
   *
   * @throws JoinRequestRefusedException NOT_PENDING when it was already decided or withdrawn
   * @throws AccessDeniedException when the caller is not ADMIN of the request's organisation
   */
  public void refuse(long requestId) {
    Decision decision = decide(requestId);
    decision.request().refuse(decision.administratorId(), Instant.now());
  }

  private record Decision(MembershipRequest request, long administratorId) {}

  /**
   * Checks the caller administers the request's organisation, then locks it and reads the request
   * only then: a decision made meanwhile by another administrator is seen.
   */
  private Decision decide(long requestId) {
    long organizationId =
        requests
            .organizationOf(requestId)
            .orElseThrow(() -> new AccessDeniedException("No membership request " + requestId));
    Membership admin = guard.requireAdmin(organizationId);
    memberships.lockOrganization(organizationId);
    MembershipRequest request =
        requests
            .find(requestId)
            .filter(MembershipRequest::pending)
            .orElseThrow(
                () ->
                    new JoinRequestRefusedException(
                        JoinRequestRefusedException.Reason.NOT_PENDING));
    return new Decision(request, admin.accountId());
  }

  /**
   * A mail that does not leave is logged, not fatal: unlike a link, nobody waits for it, the
   * request is on the members page that administrators visit anyway.
   */
  private void mailAdministrators(Organization organization, String requesterName, Locale locale) {
    List<Long> administrators =
        memberships.findByOrganization(organization.id()).stream()
            .filter(membership -> membership.role() == MembershipRole.ADMIN)
            .map(Membership::accountId)
            .toList();
    OrgaMails mails = new OrgaMails(OrgaSettings.publicUrl());
    for (AccountCard administrator : accounts.cards(administrators).values()) {
      if (administrator.email() == null || administrator.email().isBlank()) {
        continue;
      }
      try {
        mailer.send(
            mails.joinRequest(
                administrator.email(),
                organization.name(),
                organization.id(),
                requesterName,
                locale));
      } catch (MailNotSentException notSent) {
        LOG.warning(
            "Join request for organisation "
                + organization.id()
                + " not mailed to an administrator: "
                + notSent.getMessage());
      }
    }
  }

  private JoinRequestView view(MembershipRequest request) {
    return view(request, accounts.cards(List.of(request.accountId())).get(request.accountId()));
  }

  private static JoinRequestView view(MembershipRequest request, AccountCard card) {
    return new JoinRequestView(
        request.id(),
        request.organization().id(),
        request.accountId(),
        card == null ? "" : card.displayName(),
        card == null ? null : card.email(),
        request.requestedAt());
  }
}
