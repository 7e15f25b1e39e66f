package org.opencrcn.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.opencrcn.shared.SecretToken;

/**
 * Links with a secret the test holds, as the product's mails would carry them (only the secret's
 * SHA-256 stored): a school's activation link, an invitation to a certification centre, a request
 * to attach an ENT identity started in a browser. Each call in its own transaction.
 */
@Stateless
@PermitAll
public class LinkTestData {
  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  /** An activation link of the school, as the public form mails it to the school's address. */
  public void activationLink(long organizationId, String token) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    em.createNativeQuery(
            "insert into organization_activation (organization_id, token_hash, first_name, last_name,"
                + " sent_to, requested_at, expires_at) values (?1, ?2, 'Dina', 'Directrice', 'ce@example.org', ?3, ?4)")
        .setParameter(1, organizationId)
        .setParameter(2, SecretToken.hashOf(token))
        .setParameter(3, now)
        .setParameter(4, now.plusDays(7))
        .executeUpdate();
  }

  /** A pending invitation of that address to the centre, its link carrying this token. */
  public void centreInvitation(long centreId, String email, String token) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    em.createNativeQuery(
            "insert into certification_centre_invitation (centre_id, email, status, token_hash,"
                + " created_at, sent_at, sent_count, expires_at) values (?1, ?2, 'PENDING', ?3, ?4, ?4, 1, ?5)")
        .setParameter(1, centreId)
        .setParameter(2, email)
        .setParameter(3, SecretToken.hashOf(token))
        .setParameter(4, now)
        .setParameter(5, now.plusDays(7))
        .executeUpdate();
  }

  /**
   * A request to attach the ENT identity {@code entSubject} (a new ENT account, nothing done with
   * it yet) to another account, started a minute ago in the browser that kept {@code
   * browserSecret}; its link carries {@code token}.
   */
  public void attachmentRequest(String entSubject, String token, String browserSecret) {
    em.createNativeQuery(
            "insert into account (subject, username, first_name, last_name, origin)"
                + " values (?1, ?1, 'Eli', 'Ent', 'ENT')")
        .setParameter(1, entSubject)
        .executeUpdate();
    OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1);
    em.createNativeQuery(
            "insert into identity_attachment (token_hash, browser_hash, ent_subject, created_at, expires_at)"
                + " values (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, SecretToken.hashOf(token))
        .setParameter(2, SecretToken.hashOf(browserSecret))
        .setParameter(3, entSubject)
        .setParameter(4, started)
        .setParameter(5, started.plusMinutes(15))
        .executeUpdate();
  }

  /** The ENT identities attached to the account of that subject, as subjects (none: empty). */
  @SuppressWarnings("unchecked")
  public java.util.List<String> attachedIdentities(String subject) {
    return em.createNativeQuery(
            "select i.subject from account_identity i join account a on a.id = i.account_id"
                + " where a.subject = ?1")
        .setParameter(1, subject)
        .getResultList();
  }

  /**
   * Detaches every ENT identity from the account of that subject (the matrix's people are reused).
   */
  public void detachAll(String subject) {
    em.createNativeQuery(
            "delete from account_identity where account_id in (select id from account where subject = ?1)")
        .setParameter(1, subject)
        .executeUpdate();
  }

  /**
   * Takes the account of that subject out of every school and centre: the matrix's learner joins
   * some by the links it follows, and keeps its subject from run to run.
   */
  public void leaveEverything(String subject) {
    for (String table :
        java.util.List.of("organization_membership", "certification_centre_membership")) {
      em.createNativeQuery(
              "delete from "
                  + table
                  + " where account_id in (select id from account where subject = ?1)")
          .setParameter(1, subject)
          .executeUpdate();
    }
  }
}
