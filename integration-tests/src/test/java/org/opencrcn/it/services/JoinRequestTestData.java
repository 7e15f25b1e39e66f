package org.opencrcn.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.opencrcn.it.services.runas.AsEntTeacher;

/**
 * Data the join request tests make for themselves, each call in its own transaction: the ENT
 * teacher's account with what its ENT asserted, and extra members with their own mailbox.
 */
@Stateless
@PermitAll
public class JoinRequestTestData {
  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  /**
   * The account of AsEntTeacher, as an ENT sign-in asserting these profiles and UAIs records it.
   */
  public void entTeacher(String profiles, String uais) {
    entTeacher(profiles, uais, null);
  }

  /** Same, with the functions per school the ENT asserts (stored as {@code UAI$CODE}). */
  public void entTeacher(String profiles, String uais, String functions) {
    em.createNativeQuery(
            "insert into account (subject, username, first_name, last_name, email, origin)"
                + " select ?1, 'it-ent-teacher', 'Eva', 'Enseignante', null, 'ENT' where not exists (select 1 from account where subject = ?1)")
        .setParameter(1, AsEntTeacher.SUBJECT)
        .executeUpdate();
    em.createNativeQuery(
            "update account set ent_profiles = ?1, ent_uais = ?2, ent_functions = ?3,"
                + " first_name = 'Eva', last_name = 'Enseignante' where subject = ?4")
        .setParameter(1, profiles)
        .setParameter(2, uais)
        .setParameter(3, functions)
        .setParameter(4, AsEntTeacher.SUBJECT)
        .executeUpdate();
  }

  /** A new account (nobody signs in with it) member of the organisation; returns its address. */
  public String member(long organizationId, String role) {
    String name =
        "it-"
            + role.toLowerCase(java.util.Locale.ROOT)
            + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    String email = name + "@example.org";
    em.createNativeQuery(
            "insert into account (subject, username, first_name, last_name, email) values (?1, ?1, 'Alex', ?2, ?3)")
        .setParameter(1, name)
        .setParameter(2, role)
        .setParameter(3, email)
        .executeUpdate();
    em.createNativeQuery(
            "insert into organization_membership (organization_id, account_id, role)"
                + " select ?1, a.id, ?2 from account a where a.subject = ?3")
        .setParameter(1, organizationId)
        .setParameter(2, role)
        .setParameter(3, name)
        .executeUpdate();
    return email;
  }

  /**
   * Each request of the organisation, oldest first, as "STATUS", "STATUS by SUBJECT" when someone
   * decided, and " dated" when its decision date is set.
   */
  @SuppressWarnings("unchecked")
  public List<String> requests(long organizationId) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select r.status, d.subject, r.decided_at from organization_membership_request r"
                    + " left join account d on d.id = r.decided_by_account_id where r.organization_id = ?1 order by r.id")
            .setParameter(1, organizationId)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                row[0] + (row[1] == null ? "" : " by " + row[1]) + (row[2] == null ? "" : " dated"))
        .toList();
  }
}
