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

/** A person's membership of an organisation. The account is referred to by id only. */
@Entity
@Table(name = "organization_membership")
@NamedQueries({
  @NamedQuery(
      name = "Membership.findActiveByAccount",
      query =
          "select m from Membership m join fetch m.organization"
              + " where m.accountId = :accountId and m.organization.archived = false"
              + " order by m.organization.name"),
  @NamedQuery(
      name = "Membership.findByOrganization",
      query = "select m from Membership m where m.organization.id = :organizationId order by m.id"),
  @NamedQuery(
      name = "Membership.find",
      query =
          "select m from Membership m join fetch m.organization"
              + " where m.organization.id = :organizationId and m.accountId = :accountId"),
  @NamedQuery(
      name = "Membership.countByRole",
      query =
          "select count(m) from Membership m where m.organization.id = :organizationId and m.role = :role"),
  @NamedQuery(
      name = "Membership.count",
      query = "select count(m) from Membership m where m.organization.id = :organizationId")
})
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

  @Enumerated(EnumType.STRING)
  @Column(name = "role_origin", nullable = false, length = 12)
  private RoleOrigin roleOrigin = RoleOrigin.UNKNOWN;

  protected Membership() {}

  public Membership(
      Organization organization, long accountId, MembershipRole role, RoleOrigin origin) {
    this.organization = organization;
    this.accountId = accountId;
    this.role = role;
    this.roleOrigin = origin;
  }

  /**
   * Gives the role, recording how it was given when it changes (the same role again keeps its first
   * origin). Callers check {@link MembershipRules#mayStopAdministering} before taking ADMIN away.
   */
  public void changeRole(MembershipRole role, RoleOrigin origin) {
    if (this.role != role) {
      this.roleOrigin = origin;
    }
    this.role = role;
  }

  public RoleOrigin roleOrigin() {
    return roleOrigin;
  }

  public long accountId() {
    return accountId;
  }

  public Organization organization() {
    return organization;
  }

  public MembershipRole role() {
    return role;
  }
}
