package org.opencrcn.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A person's membership of a certification centre. The account is referred to by id only. */
@Entity
@Table(name = "certification_centre_membership")
@NamedQuery(
    name = "CentreMembership.findByAccount",
    query =
        "select m from CentreMembership m join fetch m.centre"
            + " where m.accountId = :accountId and m.centre.archivedAt is null"
            + " order by m.centre.name")
public class CentreMembership {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "centre_id")
  private CertificationCentre centre;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  protected CentreMembership() {}

  public CentreMembership(CertificationCentre centre, long accountId) {
    this.centre = centre;
    this.accountId = accountId;
  }

  public Long id() {
    return id;
  }

  public long accountId() {
    return accountId;
  }

  public CertificationCentre centre() {
    return centre;
  }
}
