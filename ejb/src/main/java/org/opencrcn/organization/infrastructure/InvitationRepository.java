package org.opencrcn.organization.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.opencrcn.organization.domain.Invitation;
import org.opencrcn.shared.SecretToken;
import org.opencrcn.shared.invitation.InvitationStatus;

/** Invitations to join an organisation. */
@Dependent
public class InvitationRepository {
  @PersistenceContext private EntityManager em;

  /** The invitation whose mailed link carries this token (only its SHA-256 is stored). */
  public Optional<Invitation> findByToken(String token) {
    return em.createNamedQuery("Invitation.findByTokenHash", Invitation.class)
        .setParameter("hash", SecretToken.hashOf(token))
        .getResultStream()
        .findFirst();
  }

  /**
   * The invitation, its row locked until the transaction ends: two clicks cannot both accept it.
   */
  public Optional<Invitation> lockByToken(String token) {
    return em.createQuery("select i from Invitation i where i.tokenHash = :hash", Invitation.class)
        .setParameter("hash", SecretToken.hashOf(token))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public Optional<Invitation> find(long organizationId, long invitationId) {
    return Optional.ofNullable(em.find(Invitation.class, invitationId))
        .filter(invitation -> invitation.organization().id() == organizationId);
  }

  public List<Invitation> findPending(long organizationId) {
    return em.createNamedQuery("Invitation.findPending", Invitation.class)
        .setParameter("organizationId", organizationId)
        .setParameter("status", InvitationStatus.PENDING)
        .getResultList();
  }

  public Optional<Invitation> findPendingTo(long organizationId, String normalizedEmail) {
    return em.createNamedQuery("Invitation.findPendingTo", Invitation.class)
        .setParameter("organizationId", organizationId)
        .setParameter("status", InvitationStatus.PENDING)
        .setParameter("email", normalizedEmail)
        .getResultStream()
        .findFirst();
  }

  public Invitation add(Invitation invitation) {
    em.persist(invitation);
    return invitation;
  }
}
