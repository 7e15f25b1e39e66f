package org.opencrcn.organization.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.opencrcn.organization.domain.Membership;
import org.opencrcn.organization.domain.MembershipRole;
import org.opencrcn.organization.domain.Organization;

/** Memberships, and the organisations they belong to. */
@Dependent
public class MembershipRepository {
  @PersistenceContext private EntityManager em;

  /** Memberships of the organisations that are not archived. */
  public List<Membership> findActiveByAccount(long accountId) {
    return em.createNamedQuery("Membership.findActiveByAccount", Membership.class)
        .setParameter("accountId", accountId)
        .getResultList();
  }

  public List<Membership> findByOrganization(long organizationId) {
    return em.createNamedQuery("Membership.findByOrganization", Membership.class)
        .setParameter("organizationId", organizationId)
        .getResultList();
  }

  public Optional<Membership> find(long organizationId, long accountId) {
    return em.createNamedQuery("Membership.find", Membership.class)
        .setParameter("organizationId", organizationId)
        .setParameter("accountId", accountId)
        .getResultStream()
        .findFirst();
  }

  public long countAdministrators(long organizationId) {
    return em.createNamedQuery("Membership.countByRole", Long.class)
        .setParameter("organizationId", organizationId)
        .setParameter("role", MembershipRole.ADMIN)
        .getSingleResult();
  }

  public long countMembers(long organizationId) {
    return em.createNamedQuery("Membership.count", Long.class)
        .setParameter("organizationId", organizationId)
        .getSingleResult();
  }

  /**
   * The organisation, its row locked until the transaction ends: changes to its members are made
   * one at a time, so that two administrators demoting each other cannot leave it with none.
   */
  public Optional<Organization> lockOrganization(long organizationId) {
    return Optional.ofNullable(
        em.find(Organization.class, organizationId, LockModeType.PESSIMISTIC_WRITE));
  }

  public Membership add(Membership membership) {
    em.persist(membership);
    return membership;
  }

  public void remove(Membership membership) {
    em.remove(membership);
  }
}
