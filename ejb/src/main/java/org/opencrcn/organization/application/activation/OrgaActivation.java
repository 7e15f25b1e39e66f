package org.opencrcn.organization.application.activation;

import static org.opencrcn.organization.application.activation.ActivationRefusedException.Reason.ARCHIVED;
import static org.opencrcn.organization.application.activation.ActivationRefusedException.Reason.BUSY;
import static org.opencrcn.organization.application.activation.ActivationRefusedException.Reason.INVALID_NAME;
import static org.opencrcn.organization.application.activation.ActivationRefusedException.Reason.INVALID_UAI;
import static org.opencrcn.organization.application.activation.ActivationRefusedException.Reason.NOT_SCO;
import static org.opencrcn.organization.application.activation.ActivationRefusedException.Reason.NO_EMAIL;
import static org.opencrcn.organization.application.activation.ActivationRefusedException.Reason.TOO_MANY_FROM_ADDRESS;
import static org.opencrcn.organization.application.activation.ActivationRefusedException.Reason.TOO_MANY_REQUESTS;
import static org.opencrcn.organization.application.activation.ActivationRefusedException.Reason.UNKNOWN_UAI;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.opencrcn.organization.application.ActivationRequest;
import org.opencrcn.organization.application.Joining;
import org.opencrcn.organization.application.LinkPreview;
import org.opencrcn.organization.application.LinkRefusedException;
import org.opencrcn.organization.application.OrgaGuard;
import org.opencrcn.organization.application.OrgaMails;
import org.opencrcn.organization.application.OrgaSettings;
import org.opencrcn.organization.domain.ActivationLink;
import org.opencrcn.organization.domain.MaskedEmail;
import org.opencrcn.organization.domain.MembershipRole;
import org.opencrcn.organization.domain.Organization;
import org.opencrcn.organization.domain.OrganizationType;
import org.opencrcn.organization.domain.RequesterName;
import org.opencrcn.organization.domain.RoleOrigin;
import org.opencrcn.organization.domain.Uai;
import org.opencrcn.organization.infrastructure.ActivationLinkRepository;
import org.opencrcn.organization.infrastructure.MembershipRepository;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.SecretToken;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;
import org.opencrcn.shared.invitation.LinkState;
import org.opencrcn.shared.mail.MailSender;

/**
 * A director activates (or recovers) the Orga space of a school: the public form mails a link to
 * the establishment's own address, never to one the visitor types; whoever follows it while signed
 * in becomes ADMIN. Abuse of the public form is bounded: an organisation is sent at most {@code
 * opencrcn.orga.activation-mails-per-hour} links in an hour that are still unused (a link someone
 * used no longer counts: a director who activated can ask again for a colleague); requests from one
 * network address and over the whole platform are limited too, per hour ({@code
 * opencrcn.orga.activation-requests-per-address-per-hour}, {@code
 * opencrcn.orga.activation-requests-per-hour}). The names typed are mailed as data: only a person's
 * name is accepted ({@link RequesterName}), and the mail escapes it.
 */
@Stateless
public class OrgaActivation {
  /** The form's data-protection notice promises that requests are kept one year. */
  static final Duration RETENTION = Duration.ofDays(365);

  @Inject private ActivationLinkRepository links;
  @Inject private MembershipRepository memberships;
  @Inject private MailSender mailer;
  @Inject private OrgaGuard guard;
  @Inject private Joining joining;
  @Inject private AuditLog audit;

  /**
   * Mails an activation link to the organisation the UAI names.
   *
   * @param locale the language of the form, used for the mail (its reader is the requester)
   * @param requesterAddress the network address the form was posted from (only its SHA-256 is kept,
   *     for the per-address limit, as long as the request)
   * @throws ActivationRefusedException with the reason, nothing being stored or mailed
   */
  @PermitAll
  public ActivationSent request(
      @NotNull @Valid ActivationRequest request,
      @NotNull Locale locale,
      @NotNull String requesterAddress) {
    Uai uai =
        Uai.parse(request.uai()).orElseThrow(() -> new ActivationRefusedException(INVALID_UAI));
    if (!RequesterName.isPlausible(request.firstName())
        || !RequesterName.isPlausible(request.lastName())) {
      throw new ActivationRefusedException(INVALID_NAME);
    }
    Organization organization =
        links.organizationByUai(uai).orElseThrow(() -> new ActivationRefusedException(UNKNOWN_UAI));
    if (organization.type() != OrganizationType.SCO) {
      throw new ActivationRefusedException(NOT_SCO);
    }
    if (organization.archived()) {
      throw new ActivationRefusedException(ARCHIVED);
    }
    if (organization.email() == null || organization.email().isBlank()) {
      throw new ActivationRefusedException(NO_EMAIL);
    }
    memberships.lockOrganization(organization.id()); // counts and adds one request at a time
    Instant now = Instant.now();
    links.deleteRequestedBefore(now.minus(RETENTION));
    Instant hourAgo = now.minus(Duration.ofHours(1));
    String fromHash = SecretToken.hashOf(requesterAddress);
    if (links.countRequestedSince(hourAgo) >= OrgaSettings.activationRequestsPerHour()) {
      throw new ActivationRefusedException(BUSY);
    }
    if (links.countRequestedFromSince(fromHash, hourAgo)
        >= OrgaSettings.activationRequestsPerAddressPerHour()) {
      throw new ActivationRefusedException(TOO_MANY_FROM_ADDRESS);
    }
    if (links.countUnusedRequestedSince(organization.id(), hourAgo)
        >= OrgaSettings.activationMailsPerHour()) {
      throw new ActivationRefusedException(TOO_MANY_REQUESTS);
    }
    SecretToken token = SecretToken.generate();
    int days = OrgaSettings.activationDays();
    links.add(
        ActivationLink.issue(
            organization,
            token,
            request.firstName().strip(),
            request.lastName().strip(),
            fromHash,
            now,
            Duration.ofDays(days)));
    mailer.send(
        new OrgaMails(OrgaSettings.publicUrl())
            .activation(
                organization.email(), organization.name(), uai, request, token, days, locale));
    audit.record(AuditAction.ACTIVATION_REQUEST, AuditTarget.organization(organization.id()));
    return new ActivationSent(MaskedEmail.mask(organization.email()), days);
  }

  /**
   * What following the link will do, without doing it.
   *
   * @throws LinkRefusedException when the link is unknown, used, expired, or its organisation
   *     archived
   */
  @RolesAllowed(Roles.LEARNER)
  public LinkPreview preview(@NotNull String token) {
    ActivationLink link =
        usableLink(links.findByTokenHash(SecretToken.hashOf(token)), Instant.now());
    return new LinkPreview(
        link.organization().id(), link.organization().name(), MembershipRole.ADMIN);
  }

  /**
   * Makes the caller ADMIN of the link's organisation and uses the link up.
   *
   * @return the organisation's id, for Orga to open on it
   * @throws LinkRefusedException when the link is unknown, used, expired, or its organisation
   *     archived
   */
  @RolesAllowed(Roles.LEARNER)
  public long activate(@NotNull String token) {
    Instant now = Instant.now();
    ActivationLink link = usableLink(links.lockByTokenHash(SecretToken.hashOf(token)), now);
    long accountId = guard.callerId();
    link.use(accountId, now);
    joining.join(link.organization(), accountId, MembershipRole.ADMIN, RoleOrigin.ACTIVATION);
    audit.record(
        AuditAction.ACTIVATION,
        AuditTarget.organization(link.organization().id()),
        AuditTarget.account(accountId));
    return link.organization().id();
  }

  private static ActivationLink usableLink(Optional<ActivationLink> found, Instant now) {
    ActivationLink link =
        found.orElseThrow(() -> new LinkRefusedException(LinkRefusedException.Reason.UNKNOWN));
    LinkState state = link.state(now);
    if (state != LinkState.USABLE) {
      throw new LinkRefusedException(LinkRefusedException.Reason.valueOf(state.name()));
    }
    if (link.organization().archived()) {
      throw new LinkRefusedException(LinkRefusedException.Reason.ARCHIVED);
    }
    return link;
  }
}
