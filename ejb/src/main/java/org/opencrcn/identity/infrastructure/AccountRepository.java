package org.opencrcn.identity.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.opencrcn.identity.domain.Account;
import org.opencrcn.identity.domain.AccountIdentity;

/** Accounts by their Keycloak subject (their own, or an ENT identity attached to them). */
@Dependent
public class AccountRepository {
  @PersistenceContext private EntityManager em;

  /**
   * Every service call of a signed-in person starts here, so the query is cacheable (Hibernate's
   * query cache, invalidated by any change to the accounts or their identities made through the
   * persistence unit). A list, not a stream: a stream is a scrollable result, which never reads the
   * query cache.
   */
  public Optional<Account> findBySubject(String subject) {
    return em
        .createNamedQuery("Account.findBySubject", Account.class)
        .setParameter("subject", subject)
        .setHint("org.hibernate.cacheable", true)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  public long count() {
    return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
  }

  public List<Account> findByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select a from Account a where a.id in :ids", Account.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** Accounts whose address is this one, compared without case. */
  public List<Account> findByEmail(String email) {
    return em.createQuery(
            "select a from Account a where lower(a.email) = lower(:email)", Account.class)
        .setParameter("email", email.strip())
        .getResultList();
  }

  /** The account whose own subject this is (not one it was attached to), locked for a change. */
  public Optional<Account> lockByOwnSubject(String subject) {
    return em.createQuery("select a from Account a where a.subject = :subject", Account.class)
        .setParameter("subject", subject)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public boolean hasAttachedIdentity(long accountId) {
    return !em.createQuery(
            "select i from AccountIdentity i where i.accountId = :id", AccountIdentity.class)
        .setParameter("id", accountId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public void attach(AccountIdentity identity) {
    em.persist(identity);
  }

  public void remove(Account account) {
    em.remove(account);
    em.flush();
  }

  public Account add(Account account) {
    em.persist(account);
    return account;
  }
}
