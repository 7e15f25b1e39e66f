package org.opencrcn.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.opencrcn.shared.SecretToken;
import org.opencrcn.shared.invitation.LinkState;

/**
 * A director's activation link, mailed to the establishment's own address: whoever follows it while
 * signed in becomes ADMIN of the organisation, once, before it expires. Only the token's hash is
 * kept. The requester's names are kept for a year (the form's data-protection notice says so).
 */
@Entity
@Table(name = "organization_activation")
@NamedQueries({
  @NamedQuery(
      name = "ActivationLink.findByTokenHash",
      query =
          "select l from ActivationLink l join fetch l.organization where l.tokenHash = :tokenHash"),
  @NamedQuery(
      name = "ActivationLink.countUnusedRequestedSince",
      query =
          "select count(l) from ActivationLink l where l.organization.id = :organizationId"
              + " and l.requestedAt >= :since and l.usedAt is null"),
  @NamedQuery(
      name = "ActivationLink.deleteRequestedBefore",
      query = "delete from ActivationLink l where l.requestedAt < :before")
})
public class ActivationLink {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "first_name", nullable = false, length = 100)
  private String firstName;

  @Column(name = "last_name", nullable = false, length = 100)
  private String lastName;

  /** SHA-256 of the network address the request came from (per-address limit). */
  @Column(name = "requested_from", length = 64)
  private String requestedFrom;

  @Column(name = "sent_to", nullable = false, length = 320)
  private String sentTo;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "used_by_account_id")
  private Long usedByAccountId;

  protected ActivationLink() {}

  private ActivationLink(
      Organization organization,
      String tokenHash,
      String firstName,
      String lastName,
      String requestedFrom,
      Instant now,
      Duration validity) {
    this.organization = organization;
    this.tokenHash = tokenHash;
    this.firstName = firstName;
    this.lastName = lastName;
    this.requestedFrom = requestedFrom;
    this.sentTo = organization.email();
    this.requestedAt = now;
    this.expiresAt = now.plus(validity);
  }

  /** A new link for the organisation, to be mailed to its own address. */
  public static ActivationLink issue(
      Organization organization,
      SecretToken token,
      String firstName,
      String lastName,
      String requestedFromHash,
      Instant now,
      Duration validity) {
    return new ActivationLink(
        organization, token.hash(), firstName, lastName, requestedFromHash, now, validity);
  }

  public LinkState state(Instant now) {
    if (usedAt != null) {
      return LinkState.USED;
    }
    return now.isBefore(expiresAt) ? LinkState.USABLE : LinkState.EXPIRED;
  }

  /**
   * @throws IllegalStateException when the link was used or has expired (callers check the state
   *     first, to give the reason)
   */
  public void use(long accountId, Instant now) {
    if (state(now) != LinkState.USABLE) {
      throw new IllegalStateException("Activation link " + id + " is " + state(now));
    }
    this.usedAt = now;
    this.usedByAccountId = accountId;
  }

  public Organization organization() {
    return organization;
  }

  public String sentTo() {
    return sentTo;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Long usedByAccountId() {
    return usedByAccountId;
  }
}
