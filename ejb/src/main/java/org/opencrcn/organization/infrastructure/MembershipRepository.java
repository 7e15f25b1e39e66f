package org.opencrcn.organization.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.opencrcn.organization.domain.Membership;

/** Memberships of the organisations that are not archived. */
@Dependent
public class MembershipRepository {
  @PersistenceContext private EntityManager em;

  public List<Membership> findActiveByAccount(long accountId) {
    return em.createNamedQuery("Membership.findActiveByAccount", Membership.class)
        .setParameter("accountId", accountId)
        .getResultList();
  }
}
