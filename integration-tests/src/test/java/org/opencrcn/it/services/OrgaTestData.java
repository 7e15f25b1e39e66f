package org.opencrcn.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.opencrcn.it.services.runas.AsColleague;
import org.opencrcn.it.services.runas.AsNewcomer;
import org.opencrcn.shared.SecretToken;

/**
 * Data the Orga tests make for themselves, each call in its own transaction: a fresh school per
 * test (random UAI, its own mailbox), the test accounts, and what a test must force (an expired
 * link).
 */
@Stateless
@PermitAll
public class OrgaTestData {
  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  /** A school as the directory would hold it. */
  public record School(long id, String uai, String email) {}

  /** The accounts of AsNewcomer and AsColleague, as their first sign-in would record them. */
  public void ensureTestAccounts() {
    ensureAccount(
        AsNewcomer.SUBJECT, "it-newcomer", "Nadia", "Nouvelle", "it-newcomer@example.org");
    ensureAccount(
        AsColleague.SUBJECT, "it-colleague", "Cyril", "Collègue", "it-colleague@example.org");
  }

  /** Forgets the unknown campaign codes the account typed (the hourly allowance starts again). */
  public void forgetCodeAttempts(String subject) {
    em.createNativeQuery(
            "delete from campaign_code_attempt where account_id ="
                + " (select id from account where subject = ?1)")
        .setParameter(1, subject)
        .executeUpdate();
  }

  /** A new account, as a first sign-in with this subject would record it. */
  public void account(String subject) {
    ensureAccount(subject, subject, "Test", "Compte", null);
  }

  /** A certification centre attached to the organisation. */
  public void certificationCentre(long organizationId) {
    em.createNativeQuery(
            "insert into certification_centre (name, type, organization_id)"
                + " select o.name, o.type, o.id from organization o where o.id = ?1")
        .setParameter(1, organizationId)
        .executeUpdate();
  }

  public School school() {
    return organization("SCO", true, false);
  }

  /** An organisation of this type, with or without an address, archived or not. */
  public School organization(String type, boolean withEmail, boolean archived) {
    String uai = "9" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)) + "T";
    String email = withEmail ? "ce." + uai + "@ac-test.fr" : null;
    em.createNativeQuery(
            "insert into organization (type, name, uai, email, archived) values (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, type)
        .setParameter(2, "Établissement de test " + uai)
        .setParameter(3, uai)
        .setParameter(4, email)
        .setParameter(5, archived)
        .executeUpdate();
    long id =
        ((Number)
                em.createNativeQuery("select id from organization where uai = ?1")
                    .setParameter(1, uai)
                    .getSingleResult())
            .longValue();
    return new School(id, uai, email);
  }

  public void addMember(long organizationId, String subject, String role) {
    addMember(organizationId, subject, role, "UNKNOWN");
  }

  /** Same, with how the role was given (RoleOrigin: ENT, ACTIVATION, INVITATION...). */
  public void addMember(long organizationId, String subject, String role, String origin) {
    em.createNativeQuery(
            "insert into organization_membership (organization_id, account_id, role, role_origin)"
                + " select ?1, a.id, ?2, ?4 from account a where a.subject = ?3")
        .setParameter(1, organizationId)
        .setParameter(2, role)
        .setParameter(3, subject)
        .setParameter(4, origin)
        .executeUpdate();
  }

  /** "subject:ROLE" for every member, in the order they joined. */
  @SuppressWarnings("unchecked")
  public List<String> members(long organizationId) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select a.subject, m.role from organization_membership m join account a on a.id = m.account_id"
                    + " where m.organization_id = ?1 order by m.id")
            .setParameter(1, organizationId)
            .getResultList();
    return rows.stream().map(row -> row[0] + ":" + row[1]).toList();
  }

  public long organizationIdByUai(String uai) {
    return ((Number)
            em.createNativeQuery("select id from organization where uai = ?1")
                .setParameter(1, uai)
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

  /** What the database keeps of the organisation's activation links: their token hashes. */
  @SuppressWarnings("unchecked")
  public List<String> activationTokenHashes(long organizationId) {
    return em.createNativeQuery(
            "select token_hash from organization_activation where organization_id = ?1 order by id")
        .setParameter(1, organizationId)
        .getResultList();
  }

  /** The SHA-256 of the address each activation request of the organisation came from. */
  @SuppressWarnings("unchecked")
  public List<String> activationRequestedFrom(long organizationId) {
    return em.createNativeQuery(
            "select requested_from from organization_activation where organization_id = ?1 order by id")
        .setParameter(1, organizationId)
        .getResultList();
  }

  /** Activation links mailed in the last hour, over the whole platform. */
  public long activationRequestsOfTheLastHour() {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from organization_activation where requested_at >= ?1")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1))
                .getSingleResult())
        .longValue();
  }

  /** Moves the organisation's activation links into the past, as if their validity had gone by. */
  public void expireActivationLinks(long organizationId) {
    Instant past = Instant.now().minusSeconds(60);
    em.createNativeQuery(
            "update organization_activation set requested_at = ?1, expires_at = ?2 where organization_id = ?3")
        .setParameter(1, OffsetDateTime.ofInstant(past.minusSeconds(7 * 86_400), ZoneOffset.UTC))
        .setParameter(2, OffsetDateTime.ofInstant(past, ZoneOffset.UTC))
        .setParameter(3, organizationId)
        .executeUpdate();
  }

  /**
   * An invitation made before the organisation lost all its members (for the first-member rule).
   */
  public void pendingInvitation(long organizationId, String email, String role, String token) {
    em.createNativeQuery(
            "insert into organization_invitation (organization_id, email, role, status, token_hash, created_at, expires_at, sent_count)"
                + " values (?1, ?2, ?3, 'PENDING', ?4, ?5, ?6, 1)")
        .setParameter(1, organizationId)
        .setParameter(2, email)
        .setParameter(3, role)
        .setParameter(4, SecretToken.hashOf(token))
        .setParameter(5, OffsetDateTime.now(ZoneOffset.UTC))
        .setParameter(6, OffsetDateTime.now(ZoneOffset.UTC).plusDays(7))
        .executeUpdate();
  }

  /** Moves the organisation's invitations past their expiry, as if 7 days had gone by. */
  public void expireInvitations(long organizationId) {
    em.createNativeQuery(
            "update organization_invitation set expires_at = ?1 where organization_id = ?2")
        .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
        .setParameter(2, organizationId)
        .executeUpdate();
  }

  /** What the database keeps of the organisation's invitations: "token|token_hash" each. */
  @SuppressWarnings("unchecked")
  public List<String> invitationTokens(long organizationId) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select token, token_hash from organization_invitation where organization_id = ?1 order by id")
            .setParameter(1, organizationId)
            .getResultList();
    return rows.stream().map(row -> row[0] + "|" + row[1]).toList();
  }

  private void ensureAccount(
      String subject, String username, String firstName, String lastName, String email) {
    em.createNativeQuery(
            "insert into account (subject, username, first_name, last_name, email)"
                + " select ?1, ?2, ?3, ?4, ?5 where not exists (select 1 from account where subject = ?1)")
        .setParameter(1, subject)
        .setParameter(2, username)
        .setParameter(3, firstName)
        .setParameter(4, lastName)
        .setParameter(5, email)
        .executeUpdate();
  }
}
