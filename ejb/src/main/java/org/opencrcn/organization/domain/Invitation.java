package org.opencrcn.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.opencrcn.shared.SecretToken;

/**
 * An administrator's invitation of an e-mail address to join the organisation with a role. Only the
 * SHA-256 of its link's token is kept; the link works for {@link #VALIDITY}; "send again" makes a
 * new link (the one mailed before stops working). A cancelled, accepted or expired invitation's
 * link no longer does anything.
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
public class Invitation {
  /** Long enough for a colleague back from holidays next week; a forwarded old mail is harmless. */
  public static final Duration VALIDITY = Duration.ofDays(7);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  @Column(nullable = false, length = 320)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private MembershipRole role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private InvitationStatus status;

  @Column(name = "token_hash", unique = true, length = 64)
  private String tokenHash;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "invited_by_account_id")
  private Long invitedByAccountId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "sent_count", nullable = false)
  private int sentCount;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "accepted_by_account_id")
  private Long acceptedByAccountId;

  protected Invitation() {}

  public Invitation(
      Organization organization,
      String email,
      MembershipRole role,
      SecretToken token,
      long invitedBy,
      Instant now) {
    this.organization = organization;
    this.email = normalizeEmail(email);
    this.role = role;
    this.status = InvitationStatus.PENDING;
    this.invitedByAccountId = invitedBy;
    this.createdAt = now;
    renew(token, now);
  }

  /** A new link: the token mailed before stops working, the new one works for {@link #VALIDITY}. */
  public void renew(SecretToken token, Instant now) {
    requirePending();
    this.tokenHash = token.hash();
    this.expiresAt = now.plus(VALIDITY);
  }

  /** Addresses compare without case and surrounding spaces, as mail servers do in practice. */
  public static String normalizeEmail(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  public LinkState state(Instant now) {
    return switch (status) {
      case PENDING -> now.isBefore(expiresAt) ? LinkState.USABLE : LinkState.EXPIRED;
      case ACCEPTED -> LinkState.USED;
      case CANCELLED -> LinkState.CANCELLED;
    };
  }

  /** Inviting a pending address again only changes the role the invitee will get. */
  public void changeRole(MembershipRole role) {
    requirePending();
    this.role = role;
  }

  public void markSent(Instant now) {
    requirePending();
    this.sentAt = now;
    this.sentCount++;
  }

  public void cancel(Instant now) {
    requirePending();
    this.status = InvitationStatus.CANCELLED;
    this.closedAt = now;
  }

  public void accept(long accountId, Instant now) {
    requirePending();
    this.status = InvitationStatus.ACCEPTED;
    this.closedAt = now;
    this.acceptedByAccountId = accountId;
  }

  private void requirePending() {
    if (status != InvitationStatus.PENDING) {
      throw new IllegalStateException("Invitation " + id + " is " + status);
    }
  }

  public Long id() {
    return id;
  }

  public Organization organization() {
    return organization;
  }

  public String email() {
    return email;
  }

  public MembershipRole role() {
    return role;
  }

  public InvitationStatus status() {
    return status;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  /** Whether this address is the one invited (compared as {@link #normalizeEmail} does). */
  public boolean isFor(String address) {
    return address != null && !address.isBlank() && email.equals(normalizeEmail(address));
  }

  public Instant sentAt() {
    return sentAt;
  }

  public int sentCount() {
    return sentCount;
  }
}
