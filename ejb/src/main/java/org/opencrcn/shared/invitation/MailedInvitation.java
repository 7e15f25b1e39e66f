package org.opencrcn.shared.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.opencrcn.shared.SecretToken;

/**
 * What every invitation by e-mail is (an Orga organisation's, a certification centre's): an
 * address, a link whose token only the SHA-256 is kept, that works {@link
 * InvitationRules#VALIDITY}; "send again" makes a new link (the one mailed before stops working); a
 * cancelled, accepted or expired invitation's link no longer does anything. Each context's
 * invitation adds what it invites to.
 */
@MappedSuperclass
public abstract class MailedInvitation {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = InvitationRules.MAX_EMAIL_LENGTH)
  private String email;

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

  protected MailedInvitation() {}

  protected MailedInvitation(String email, SecretToken token, Long invitedBy, Instant now) {
    this.email = InvitationRules.normalizeEmail(email);
    this.status = InvitationStatus.PENDING;
    this.invitedByAccountId = invitedBy;
    this.createdAt = now;
    renew(token, now);
  }

  /**
   * A new link: the token mailed before stops working, the new one works for {@link
   * InvitationRules#VALIDITY}.
   */
  public void renew(SecretToken token, Instant now) {
    requirePending();
    this.tokenHash = token.hash();
    this.expiresAt = now.plus(InvitationRules.VALIDITY);
  }

  public LinkState state(Instant now) {
    return switch (status) {
      case PENDING -> now.isBefore(expiresAt) ? LinkState.USABLE : LinkState.EXPIRED;
      case ACCEPTED -> LinkState.USED;
      case CANCELLED -> LinkState.CANCELLED;
    };
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

  protected void requirePending() {
    if (status != InvitationStatus.PENDING) {
      throw new IllegalStateException(getClass().getSimpleName() + " " + id + " is " + status);
    }
  }

  /** Whether this address is the one invited (compared as {@link InvitationRules} does). */
  public boolean isFor(String address) {
    return InvitationRules.sameAddress(email, address);
  }

  public Long id() {
    return id;
  }

  public String email() {
    return email;
  }

  public InvitationStatus status() {
    return status;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public int sentCount() {
    return sentCount;
  }
}
