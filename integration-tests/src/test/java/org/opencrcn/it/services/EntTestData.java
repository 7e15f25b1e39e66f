package org.opencrcn.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.opencrcn.shared.SecretToken;

/**
 * What the ENT tests set up or force for themselves, each call in its own transaction: their test
 * accounts start afresh (an attachment deletes an account and adds an identity, which a next test
 * must not find), and an attachment request is made to expire.
 */
@Stateless
@PermitAll
public class EntTestData {
  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  /** Removes the test accounts of these subjects, and every trace that would keep them. */
  public void forget(List<String> subjects) {
    List<Long> ids = accountIds(subjects);
    em.createNativeQuery("delete from account_identity where subject in (?1)")
        .setParameter(1, subjects)
        .executeUpdate();
    if (!ids.isEmpty()) {
      em.createNativeQuery("delete from account_identity where account_id in (?1)")
          .setParameter(1, ids)
          .executeUpdate();
      em.createNativeQuery("update pupil set account_id = null where account_id in (?1)")
          .setParameter(1, ids)
          .executeUpdate();
      em.createNativeQuery("delete from organization_membership where account_id in (?1)")
          .setParameter(1, ids)
          .executeUpdate();
      em.createNativeQuery("delete from account where id in (?1)")
          .setParameter(1, ids)
          .executeUpdate();
    }
  }

  /** The account of this subject, as an ENT sign-in as a pupil of this school records it. */
  public void entPupil(String subject, String uai) {
    em.createNativeQuery(
            "insert into account (subject, username, first_name, last_name, origin)"
                + " select ?1, ?1, 'Test', 'Élève', 'ENT' where not exists (select 1 from account where subject = ?1)")
        .setParameter(1, subject)
        .executeUpdate();
    em.createNativeQuery(
            "update account set ent_profiles = 'National_ELV', ent_uais = ?1, ent_functions = null"
                + " where subject = ?2")
        .setParameter(1, uai)
        .setParameter(2, subject)
        .executeUpdate();
  }

  /** The account no longer holds what an ENT said (as an account made without the ENT). */
  public void noEnt(String subject) {
    em.createNativeQuery(
            "update account set ent_profiles = null, ent_uais = null, ent_functions = null"
                + " where subject = ?1")
        .setParameter(1, subject)
        .executeUpdate();
  }

  public void expire(String token) {
    em.createNativeQuery("update identity_attachment set expires_at = ?1 where token_hash = ?2")
        .setParameter(1, OffsetDateTime.now().minusMinutes(1))
        .setParameter(2, SecretToken.hashOf(token))
        .executeUpdate();
  }

  public boolean accountExists(String ownSubject) {
    return !accountIds(List.of(ownSubject)).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private List<Long> accountIds(List<String> subjects) {
    return ((List<Number>)
            em.createNativeQuery("select id from account where subject in (?1)")
                .setParameter(1, subjects)
                .getResultList())
        .stream().map(Number::longValue).toList();
  }
}
