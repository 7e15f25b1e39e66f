package org.opencrcn.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Pupils who left, activation requests and accounts, dated as the privacy tests need. */
@Stateless
@PermitAll
public class PrivacyTestData {
  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  /**
   * A pupil of the school, linked to the account (or null), disabled that many days ago (active
   * when null); its id.
   */
  public long pupil(long organizationId, Long accountId, Integer disabledDaysAgo) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String ine = UUID.randomUUID().toString().substring(0, 11);
    em.createNativeQuery(
            "insert into pupil (organization_id, ine, family_name, first_name, sex, birthdate,"
                + " birth_town, division, active, account_id, created_at, updated_at, disabled_at)"
                + " values (?1, ?2, 'Martin', 'Jeanne', 'F', ?3, 'Rennes', '3B', ?4, ?5, ?6, ?6, ?7)")
        .setParameter(1, organizationId)
        .setParameter(2, ine)
        .setParameter(3, LocalDate.of(2011, 8, 17))
        .setParameter(4, disabledDaysAgo == null)
        .setParameter(5, accountId)
        .setParameter(6, now)
        .setParameter(7, disabledDaysAgo == null ? null : now.minusDays(disabledDaysAgo))
        .executeUpdate();
    return ((Number)
            em.createNativeQuery("select id from pupil where organization_id = ?1 and ine = ?2")
                .setParameter(1, organizationId)
                .setParameter(2, ine)
                .getSingleResult())
        .longValue();
  }

  /** ine, family_name, first_name, birthdate, birth_town, division, account_id of a pupil. */
  public List<String> pupilRow(long pupilId) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select ine, family_name, first_name, birthdate, birth_town, division,"
                        + " account_id from pupil where id = ?1")
                .setParameter(1, pupilId)
                .getSingleResult();
    return texts(row);
  }

  /** An activation request of the school made that many days ago; its id. */
  public long activationRequest(long organizationId, int daysAgo) {
    OffsetDateTime then = OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo);
    String hash = UUID.randomUUID().toString();
    em.createNativeQuery(
            "insert into organization_activation (organization_id, token_hash, first_name,"
                + " last_name, sent_to, requested_at, expires_at)"
                + " values (?1, ?2, 'Paul', 'Directeur', 'ce@ac-test.fr', ?3, ?3)")
        .setParameter(1, organizationId)
        .setParameter(2, hash)
        .setParameter(3, then)
        .executeUpdate();
    return ((Number)
            em.createNativeQuery("select id from organization_activation where token_hash = ?1")
                .setParameter(1, hash)
                .getSingleResult())
        .longValue();
  }

  public long activationRequests(long id) {
    return ((Number)
            em.createNativeQuery("select count(*) from organization_activation where id = ?1")
                .setParameter(1, id)
                .getSingleResult())
        .longValue();
  }

  public long accountId(String subject) {
    return ((Number)
            em.createNativeQuery("select id from account where subject = ?1")
                .setParameter(1, subject)
                .getSingleResult())
        .longValue();
  }

  /** subject, username, first_name, last_name, email of an account ("null" for none). */
  public List<String> accountRow(long accountId) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select subject, username, first_name, last_name, email from account where id = ?1")
                .setParameter(1, accountId)
                .getSingleResult();
    return texts(row);
  }

  public long memberships(long accountId) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from organization_membership where account_id = ?1")
                .setParameter(1, accountId)
                .getSingleResult())
        .longValue();
  }

  private static List<String> texts(Object[] row) {
    return Arrays.stream(row).map(value -> value == null ? "null" : String.valueOf(value)).toList();
  }

  /** Sets the account's e-mail (for the export test). */
  public void email(long accountId, String email) {
    em.createNativeQuery("update account set email = ?1 where id = ?2")
        .setParameter(1, email)
        .setParameter(2, accountId)
        .executeUpdate();
  }
}
