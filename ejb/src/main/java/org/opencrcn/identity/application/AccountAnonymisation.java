package org.opencrcn.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.opencrcn.identity.application.AnonymisationResult.Status;
import org.opencrcn.identity.infrastructure.KeycloakUsers;
import org.opencrcn.identity.infrastructure.KeycloakUsers.Deletion;
import org.opencrcn.shared.PlatformClock;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;

/**
 * A platform administrator anonymises an account at its owner's request (right to erasure): the
 * account keeps its id, so its results stay for statistics, anonymous; its names, address,
 * username, ENT attributes and attached ENT identities go, and its Keycloak subject is replaced so
 * that the person's sign-in no longer opens it (signing in again starts a new, empty account). The
 * other contexts forget what they tie to it ({@link AccountAnonymised}). Then the person is deleted
 * in Keycloak ({@link KeycloakUsers}); when Keycloak fails, the database part stays done, the
 * failure is audited and the administrator is told to delete the person there by hand (see
 * docs/security.md).
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class AccountAnonymisation {
  /** The username and subject prefix of an anonymised account. */
  public static final String PREFIX = "anonyme-";

  @PersistenceContext private EntityManager em;
  @Inject private PlatformClock clock;
  @Inject private AuditLog audit;
  @Inject private Event<AccountAnonymised> anonymised;
  @Inject private KeycloakUsers keycloak;

  /**
   * Anonymises the account in the database, then deletes the person in Keycloak.
   *
   * @return {@link Status#NO_ACCOUNT} when there is no such account, or it was anonymised already
   *     (nothing changes); otherwise what Keycloak did (the database part is done in every case)
   */
  public AnonymisationResult anonymise(long accountId) {
    @SuppressWarnings("unchecked")
    List<String> subjects =
        em.createNativeQuery("select subject from account where id = ?1 and anonymised_at is null")
            .setParameter(1, accountId)
            .getResultList();
    if (subjects.isEmpty()) {
      return new AnonymisationResult(Status.NO_ACCOUNT, "");
    }
    String subject = subjects.getFirst();
    int changed =
        em.createNativeQuery(
                "update account set subject = ?1, username = ?1, first_name = null,"
                    + " last_name = null, email = null, ent_profiles = null, ent_uais = null,"
                    + " ent_functions = null, ent_class = null, anonymised_at = ?2"
                    + " where id = ?3 and anonymised_at is null")
            .setParameter(1, PREFIX + accountId)
            .setParameter(2, OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC))
            .setParameter(3, accountId)
            .executeUpdate();
    if (changed == 0) {
      return new AnonymisationResult(Status.NO_ACCOUNT, "");
    }
    em.createNativeQuery("delete from account_identity where account_id = ?1")
        .setParameter(1, accountId)
        .executeUpdate();
    anonymised.fire(new AccountAnonymised(accountId));
    audit.record(AuditAction.ACCOUNT_ANONYMISED, AuditTarget.account(accountId));
    // The database part is written before Keycloak is asked: a refusal there must not undo it.
    em.flush();
    Deletion deletion = keycloak.delete(subject);
    audit.record(
        deletion == Deletion.FAILED
            ? AuditAction.KEYCLOAK_DELETION_FAILED
            : AuditAction.KEYCLOAK_USER_DELETED,
        AuditTarget.account(accountId));
    return new AnonymisationResult(
        switch (deletion) {
          case DELETED -> Status.KEYCLOAK_USER_DELETED;
          case ABSENT -> Status.NOT_IN_KEYCLOAK;
          case FAILED -> Status.KEYCLOAK_FAILED;
        },
        subject);
  }
}
