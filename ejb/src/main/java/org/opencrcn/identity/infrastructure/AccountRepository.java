package org.opencrcn.identity.infrastructure;

import org.opencrcn.identity.domain.Account;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Accounts by their Keycloak subject. */
@Dependent
public class AccountRepository {
  @PersistenceContext private EntityManager em;

  public Optional<Account> findBySubject(String subject) {
    return em.createNamedQuery("Account.findBySubject", Account.class)
        .setParameter("subject", subject)
        .getResultStream()
        .findFirst();
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
    return em.createQuery("select a from Account a where lower(a.email) = lower(:email)", Account.class)
        .setParameter("email", email.strip())
        .getResultList();
  }

  public Account add(Account account) {
    em.persist(account);
    return account;
  }
}
