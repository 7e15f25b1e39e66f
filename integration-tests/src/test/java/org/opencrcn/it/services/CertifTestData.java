package org.opencrcn.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The Certif tests' own data, each call in its own transaction: a school with pupils in two
 * classes, its SCO centre with an officer, and what part 2 will do (a candidate beginning).
 */
@Stateless
@PermitAll
public class CertifTestData {
  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  /** A centre tied to a new school, and the ids of the school's pupils by class. */
  public record ScoCentre(long centreId, long organizationId, List<Long> pupils3A, long pupil3B) {}

  /**
   * A new school (class 3A: BERNARD Anaïs, DURAND Élodie, LEFÈVRE Zoé; class 3B: PETIT Noé) and its
   * SCO centre, with this subject's account as its officer.
   */
  public ScoCentre scoCentre(String officerSubject) {
    account(officerSubject);
    String uai = "8" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)) + "C";
    em.createNativeQuery(
            "insert into organization (type, name, uai, email, archived) values ('SCO', ?1, ?2, null, false)")
        .setParameter(1, "Collège Certif " + uai)
        .setParameter(2, uai)
        .executeUpdate();
    long organization = id("select id from organization where uai = ?1", uai);
    em.createNativeQuery(
            "insert into certification_centre (name, type, organization_id) values (?1, 'SCO', ?2)")
        .setParameter(1, "Centre " + uai)
        .setParameter(2, organization)
        .executeUpdate();
    long centre =
        id("select max(id) from certification_centre where organization_id = ?1", organization);
    em.createNativeQuery(
            "insert into certification_centre_membership (centre_id, account_id)"
                + " select ?1, a.id from account a where a.subject = ?2")
        .setParameter(1, centre)
        .setParameter(2, officerSubject)
        .executeUpdate();
    long bernard = pupil(organization, "BERNARD", "Anaïs", LocalDate.of(2011, 2, 3), "3A");
    long durand = pupil(organization, "DURAND", "Élodie", LocalDate.of(2011, 7, 9), "3A");
    long lefevre = pupil(organization, "LEFÈVRE", "Zoé", LocalDate.of(2010, 12, 24), "3A");
    long petit = pupil(organization, "PETIT", "Noé", LocalDate.of(2011, 5, 5), "3B");
    return new ScoCentre(centre, organization, List.of(bernard, durand, lefevre), petit);
  }

  /** The person joins the school's Orga space with this role (ADMIN or MEMBER). */
  public void orgaMember(long organizationId, String subject, String role) {
    em.createNativeQuery(
            "insert into organization_membership (organization_id, account_id, role)"
                + " select ?1, a.id, ?2 from account a where a.subject = ?3")
        .setParameter(1, organizationId)
        .setParameter(2, role)
        .setParameter(3, subject)
        .executeUpdate();
  }

  /** Marks a candidate as having begun the test, as part 2's entry into the session will. */
  public void candidateStarts(long candidateId) {
    em.createNativeQuery("update certification_candidate set started_at = ?1 where id = ?2")
        .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC))
        .setParameter(2, candidateId)
        .executeUpdate();
  }

  /** How many sessions the centre has. */
  public long sessions(long centreId) {
    return id("select count(*) from certification_session where centre_id = ?1", centreId);
  }

  /** How many audit events of this action name the session. */
  public long audited(String action, long sessionId) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from audit_event where action = ?1"
                        + " and (targets like ?2 or targets like ?3)")
                .setParameter(1, action)
                .setParameter(2, "% session:" + sessionId)
                .setParameter(3, "% session:" + sessionId + " %")
                .getSingleResult())
        .longValue();
  }

  /** How many candidates the session has. */
  public long candidates(long sessionId) {
    return id("select count(*) from certification_candidate where session_id = ?1", sessionId);
  }

  /** How many audit events of this action name the centre. */
  public long auditedOnCentre(String action, long centreId) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from audit_event where action = ?1"
                        + " and (targets like ?2 or targets like ?3 or targets = ?4)")
                .setParameter(1, action)
                .setParameter(2, "centre:" + centreId + " %")
                .setParameter(3, "% centre:" + centreId + " %")
                .setParameter(4, "centre:" + centreId)
                .getSingleResult())
        .longValue();
  }

  /** The centre's invitations' links expire now (as 7 days later). */
  public void expireCentreInvitations(long centreId) {
    em.createNativeQuery(
            "update certification_centre_invitation set expires_at = ?1 where centre_id = ?2")
        .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1))
        .setParameter(2, centreId)
        .executeUpdate();
  }

  /** The stored token hashes of the centre's invitations. */
  @SuppressWarnings("unchecked")
  public List<String> centreInvitationHashes(long centreId) {
    return em.createNativeQuery(
            "select token_hash from certification_centre_invitation where centre_id = ?1")
        .setParameter(1, centreId)
        .getResultList();
  }

  private long pupil(
      long organization,
      String familyName,
      String firstName,
      LocalDate birthdate,
      String division) {
    String ine = "CT" + UUID.randomUUID().toString().substring(0, 9).toUpperCase();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    em.createNativeQuery(
            "insert into pupil (organization_id, ine, family_name, first_name, sex, birthdate,"
                + " division, active, created_at, updated_at)"
                + " values (?1, ?2, ?3, ?4, 'F', ?5, ?6, true, ?7, ?7)")
        .setParameter(1, organization)
        .setParameter(2, ine)
        .setParameter(3, familyName)
        .setParameter(4, firstName)
        .setParameter(5, birthdate)
        .setParameter(6, division)
        .setParameter(7, now)
        .executeUpdate();
    return id("select id from pupil where ine = ?1", ine);
  }

  private void account(String subject) {
    em.createNativeQuery(
            "insert into account (subject, username, first_name, last_name, email)"
                + " select ?1, ?1, 'Certif', 'Officer', null where not exists (select 1 from account where subject = ?1)")
        .setParameter(1, subject)
        .executeUpdate();
  }

  private long id(String sql, Object parameter) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult())
        .longValue();
  }
}
