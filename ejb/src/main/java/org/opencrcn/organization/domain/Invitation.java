package org.opencrcn.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.opencrcn.shared.SecretToken;
import org.opencrcn.shared.invitation.InvitationRules;
import org.opencrcn.shared.invitation.MailedInvitation;

/**
 * An administrator's invitation of an e-mail address to join the organisation with a role, under
 * the rules of every invitation ({@link MailedInvitation}): only the SHA-256 of its link's token is
 * kept; the link works for {@link #VALIDITY}; "send again" makes a new link.
 */
@Entity
@Table(name = "organization_invitation")
@NamedQueries({
  @NamedQuery(
      name = "Invitation.findByTokenHash",
      query = "select i from Invitation i join fetch i.organization where i.tokenHash = :hash"),
  @NamedQuery(
      name = "Invitation.findPending",
      query =
          "select i from Invitation i where i.organization.id = :organizationId and i.status = :status order by i.createdAt"),
  @NamedQuery(
      name = "Invitation.findPendingTo",
      query =
          "select i from Invitation i where i.organization.id = :organizationId and i.status = :status and i.email = :email")
})
public class Invitation extends MailedInvitation {
  /** As every invitation: {@link InvitationRules#VALIDITY}. */
  public static final Duration VALIDITY = InvitationRules.VALIDITY;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private MembershipRole role;

  protected Invitation() {}

  public Invitation(
      Organization organization,
      String email,
      MembershipRole role,
      SecretToken token,
      long invitedBy,
      Instant now) {
    super(email, token, invitedBy, now);
    this.organization = organization;
    this.role = role;
  }

  /** Addresses compare without case and surrounding spaces, as mail servers do in practice. */
  public static String normalizeEmail(String email) {
    return InvitationRules.normalizeEmail(email);
  }

  /** Inviting a pending address again only changes the role the invitee will get. */
  public void changeRole(MembershipRole role) {
    requirePending();
    this.role = role;
  }

  public Organization organization() {
    return organization;
  }

  public MembershipRole role() {
    return role;
  }
}
