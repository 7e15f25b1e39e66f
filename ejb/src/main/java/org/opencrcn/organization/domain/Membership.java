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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A person's membership of an organisation. The account is referred to by id only. */
@Entity
@Table(name = "organization_membership")
@NamedQuery(
    name = "Membership.findActiveByAccount",
    query =
        "select m from Membership m join fetch m.organization"
            + " where m.accountId = :accountId and m.organization.archived = false"
            + " order by m.organization.name")
public class Membership {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private MembershipRole role;

  protected Membership() {}

  public Organization organization() {
    return organization;
  }

  public MembershipRole role() {
    return role;
  }
}
