package org.opencrcn.organization.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.opencrcn.organization.domain.ActivationLink;
import org.opencrcn.organization.domain.Organization;
import org.opencrcn.organization.domain.Uai;

/** Activation links, found by their token's hash; and the organisation a UAI names. */
@Dependent
public class ActivationLinkRepository {
  @PersistenceContext private EntityManager em;

  /** UAIs are stored in capitals; upper() keeps a row imported in lower case findable. */
  public Optional<Organization> organizationByUai(Uai uai) {
    return em.createQuery(
            "select o from Organization o where upper(o.uai) = :uai", Organization.class)
        .setParameter("uai", uai.value())
        .getResultStream()
        .findFirst();
  }

  public Optional<ActivationLink> findByTokenHash(String tokenHash) {
    return em.createNamedQuery("ActivationLink.findByTokenHash", ActivationLink.class)
        .setParameter("tokenHash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  /** The link, its row locked until the transaction ends: two clicks cannot both use it. */
  public Optional<ActivationLink> lockByTokenHash(String tokenHash) {
    return em.createQuery(
            "select l from ActivationLink l where l.tokenHash = :tokenHash", ActivationLink.class)
        .setParameter("tokenHash", tokenHash)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** Links mailed since then that nobody used yet. */
  public long countUnusedRequestedSince(long organizationId, Instant since) {
    return em.createNamedQuery("ActivationLink.countUnusedRequestedSince", Long.class)
        .setParameter("organizationId", organizationId)
        .setParameter("since", since)
        .getSingleResult();
  }

  /** Links mailed since then, over the whole platform. */
  public long countRequestedSince(Instant since) {
    return em.createQuery(
            "select count(l) from ActivationLink l where l.requestedAt >= :since", Long.class)
        .setParameter("since", since)
        .getSingleResult();
  }

  /** Links mailed since then to requests from the address of this hash. */
  public long countRequestedFromSince(String requestedFromHash, Instant since) {
    return em.createQuery(
            "select count(l) from ActivationLink l"
                + " where l.requestedFrom = :from and l.requestedAt >= :since",
            Long.class)
        .setParameter("from", requestedFromHash)
        .setParameter("since", since)
        .getSingleResult();
  }

  /** Forgets the requests (and the requesters' names) older than the retention period. */
  public int deleteRequestedBefore(Instant before) {
    return em.createNamedQuery("ActivationLink.deleteRequestedBefore")
        .setParameter("before", before)
        .executeUpdate();
  }

  public ActivationLink add(ActivationLink link) {
    em.persist(link);
    return link;
  }
}
