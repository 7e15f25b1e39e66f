package org.opencrcn.certification.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opencrcn.certification.domain.CentreInvitation;
import org.opencrcn.certification.domain.CentreMembership;
import org.opencrcn.certification.domain.CentreType;
import org.opencrcn.certification.domain.CertificationCentre;
import org.opencrcn.shared.SecretToken;
import org.opencrcn.shared.invitation.InvitationStatus;

/** Certification centres, their memberships and the invitations to join them. */
@Dependent
public class CentreMembershipRepository {
  @PersistenceContext private EntityManager em;

  /** How many certification centres there are. */
  public long countCentres() {
    return em.createQuery("select count(c) from CertificationCentre c", Long.class)
        .getSingleResult();
  }

  /** The account's memberships of active (not archived) centres, by centre name. */
  public List<CentreMembership> findByAccount(long accountId) {
    return em.createNamedQuery("CentreMembership.findByAccount", CentreMembership.class)
        .setParameter("accountId", accountId)
        .getResultList();
  }

  /** The active SCO centres tied to these organisations. */
  public List<CertificationCentre> scoCentresOf(Collection<Long> organizationIds) {
    if (organizationIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select c from CertificationCentre c where c.type = :sco"
                + " and c.organizationId in :organizations and c.archivedAt is null"
                + " order by c.name",
            CertificationCentre.class)
        .setParameter("sco", CentreType.SCO)
        .setParameter("organizations", organizationIds)
        .getResultList();
  }

  /** Every centre, archived ones too, by name. */
  public List<CertificationCentre> all() {
    return em.createQuery(
            "select c from CertificationCentre c order by c.name, c.id", CertificationCentre.class)
        .getResultList();
  }

  public Optional<CertificationCentre> find(long centreId) {
    return Optional.ofNullable(em.find(CertificationCentre.class, centreId));
  }

  /** Whether another centre (archived ones too) than this one is tied to this organisation. */
  public boolean organizationTaken(long organizationId, long exceptCentreId) {
    return em.createQuery(
                "select count(c) from CertificationCentre c where c.organizationId = :organization"
                    + " and c.id <> :except",
                Long.class)
            .setParameter("organization", organizationId)
            .setParameter("except", exceptCentreId)
            .getSingleResult()
        > 0;
  }

  public CertificationCentre add(CertificationCentre centre) {
    em.persist(centre);
    em.flush();
    return centre;
  }

  /** Members (by membership) of each centre. */
  public Map<Long, Long> memberCounts() {
    return em.createQuery(
            "select m.centre.id, count(m) from CentreMembership m group by m.centre.id",
            Object[].class)
        .getResultStream()
        .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
  }

  /** The centre's members (by membership), oldest first. */
  public List<CentreMembership> members(long centreId) {
    return em.createQuery(
            "select m from CentreMembership m where m.centre.id = :centre order by m.id",
            CentreMembership.class)
        .setParameter("centre", centreId)
        .getResultList();
  }

  public Optional<CentreMembership> membership(long centreId, long accountId) {
    return em.createQuery(
            "select m from CentreMembership m where m.centre.id = :centre"
                + " and m.accountId = :account",
            CentreMembership.class)
        .setParameter("centre", centreId)
        .setParameter("account", accountId)
        .getResultStream()
        .findFirst();
  }

  public void addMember(CentreMembership membership) {
    em.persist(membership);
  }

  public void removeMember(CentreMembership membership) {
    em.remove(membership);
  }

  /** The invitation whose mailed link carries this token, its row locked until the end. */
  public Optional<CentreInvitation> lockInvitation(String token) {
    return em.createQuery(
            "select i from CentreInvitation i where i.tokenHash = :hash", CentreInvitation.class)
        .setParameter("hash", SecretToken.hashOf(token))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** The invitation whose mailed link carries this token (only its SHA-256 is stored). */
  public Optional<CentreInvitation> invitation(String token) {
    return em.createQuery(
            "select i from CentreInvitation i join fetch i.centre where i.tokenHash = :hash",
            CentreInvitation.class)
        .setParameter("hash", SecretToken.hashOf(token))
        .getResultStream()
        .findFirst();
  }

  public Optional<CentreInvitation> invitation(long centreId, long invitationId) {
    return Optional.ofNullable(em.find(CentreInvitation.class, invitationId))
        .filter(invitation -> invitation.centre().id() == centreId);
  }

  /** The centre's pending invitations (expired ones too), oldest first. */
  public List<CentreInvitation> pendingInvitations(long centreId) {
    return em.createQuery(
            "select i from CentreInvitation i where i.centre.id = :centre and i.status = :status"
                + " order by i.createdAt, i.id",
            CentreInvitation.class)
        .setParameter("centre", centreId)
        .setParameter("status", InvitationStatus.PENDING)
        .getResultList();
  }

  public Optional<CentreInvitation> pendingInvitationTo(long centreId, String normalizedEmail) {
    return em.createQuery(
            "select i from CentreInvitation i where i.centre.id = :centre and i.status = :status"
                + " and i.email = :email",
            CentreInvitation.class)
        .setParameter("centre", centreId)
        .setParameter("status", InvitationStatus.PENDING)
        .setParameter("email", normalizedEmail)
        .getResultStream()
        .findFirst();
  }

  public void addInvitation(CentreInvitation invitation) {
    em.persist(invitation);
    em.flush();
  }
}
