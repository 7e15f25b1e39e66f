package org.opencrcn.certification.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import org.opencrcn.certification.domain.CentreMembership;
import org.opencrcn.certification.domain.CertificationCentre;

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

  /** The SCO centres tied to these organisations. */
  public List<CertificationCentre> scoCentresOf(Collection<Long> organizationIds) {
    if (organizationIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select c from CertificationCentre c where c.type = :sco"
                + " and c.organizationId in :organizations order by c.name",
            CertificationCentre.class)
        .setParameter("sco", org.opencrcn.certification.domain.CentreType.SCO)
        .setParameter("organizations", organizationIds)
        .getResultList();
  }
}
