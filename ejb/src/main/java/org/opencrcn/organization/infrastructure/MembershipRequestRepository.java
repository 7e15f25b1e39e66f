package org.opencrcn.organization.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.opencrcn.organization.domain.MembershipRequest;
import org.opencrcn.organization.domain.MembershipRequestStatus;

/** Requests to join an organisation. */
@Dependent
public class MembershipRequestRepository {
  @PersistenceContext private EntityManager em;

  /**
   * The organisation a request is for, without loading the request: services check the caller and
   * lock the organisation first, then read the request as it is under that lock.
   */
  public Optional<Long> organizationOf(long requestId) {
    return em.createNamedQuery("MembershipRequest.organizationOf", Long.class)
        .setParameter("id", requestId)
        .getResultStream()
        .findFirst();
  }

  public Optional<MembershipRequest> find(long requestId) {
    return Optional.ofNullable(em.find(MembershipRequest.class, requestId));
  }

  /** The pending requests, oldest first. */
  public List<MembershipRequest> findPending(long organizationId) {
    return em.createNamedQuery("MembershipRequest.findByStatus", MembershipRequest.class)
        .setParameter("organizationId", organizationId)
        .setParameter("status", MembershipRequestStatus.PENDING)
        .getResultList();
  }

  public Optional<MembershipRequest> findPendingOf(long organizationId, long accountId) {
    return em.createNamedQuery("MembershipRequest.findOfAccount", MembershipRequest.class)
        .setParameter("organizationId", organizationId)
        .setParameter("accountId", accountId)
        .setParameter("status", MembershipRequestStatus.PENDING)
        .getResultStream()
        .findFirst();
  }

  public MembershipRequest add(MembershipRequest request) {
    em.persist(request);
    return request;
  }
}
