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
import java.time.Instant;

/**
 * A person's request to join an organisation's Orga space (a teacher of the school, according to
 * their ENT). It is decided once, by an administrator, or withdrawn by its requester; a closed
 * request stays as the record of who decided and when.
 */
@Entity
@Table(name = "organization_membership_request")
@NamedQueries({
  @NamedQuery(
      name = "MembershipRequest.findByStatus",
      query =
          "select r from MembershipRequest r where r.organization.id = :organizationId and r.status = :status"
              + " order by r.requestedAt, r.id"),
  @NamedQuery(
      name = "MembershipRequest.findOfAccount",
      query =
          "select r from MembershipRequest r where r.organization.id = :organizationId"
              + " and r.accountId = :accountId and r.status = :status"),
  @NamedQuery(
      name = "MembershipRequest.organizationOf",
      query = "select r.organization.id from MembershipRequest r where r.id = :id")
})
public class MembershipRequest {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private MembershipRequestStatus status;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by_account_id")
  private Long decidedByAccountId;

  protected MembershipRequest() {}

  public MembershipRequest(Organization organization, long accountId, Instant now) {
    this.organization = organization;
    this.accountId = accountId;
    this.status = MembershipRequestStatus.PENDING;
    this.requestedAt = now;
  }

  public void approve(long administratorId, Instant now) {
    close(MembershipRequestStatus.APPROVED, administratorId, now);
  }

  public void refuse(long administratorId, Instant now) {
    close(MembershipRequestStatus.REFUSED, administratorId, now);
  }

  /** Withdrawn by the requester, or pointless once they joined another way: nobody decided. */
  public void cancel(Instant now) {
    close(MembershipRequestStatus.CANCELLED, null, now);
  }

  public boolean pending() {
    return status == MembershipRequestStatus.PENDING;
  }

  private void close(MembershipRequestStatus outcome, Long decidedBy, Instant now) {
    if (!pending()) {
      throw new IllegalStateException("Membership request " + id + " is " + status);
    }
    this.status = outcome;
    this.decidedAt = now;
    this.decidedByAccountId = decidedBy;
  }

  public Long id() {
    return id;
  }

  public Organization organization() {
    return organization;
  }

  public long accountId() {
    return accountId;
  }

  public MembershipRequestStatus status() {
    return status;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public Long decidedByAccountId() {
    return decidedByAccountId;
  }
}
