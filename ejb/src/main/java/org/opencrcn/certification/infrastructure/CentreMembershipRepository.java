package org.opencrcn.certification.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.opencrcn.certification.domain.CentreMembership;

/** Memberships of certification centres. */
@Dependent
public class CentreMembershipRepository {
  @PersistenceContext private EntityManager em;

  /** How many certification centres there are. */
  public long countCentres() {
    return em.createQuery("select count(c) from CertificationCentre c", Long.class)
        .getSingleResult();
  }

  public List<CentreMembership> findByAccount(long accountId) {
    return em.createNamedQuery("CentreMembership.findByAccount", CentreMembership.class)
        .setParameter("accountId", accountId)
        .getResultList();
  }
}
