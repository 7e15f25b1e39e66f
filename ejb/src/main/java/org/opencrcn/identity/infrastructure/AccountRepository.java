package org.opencrcn.identity.infrastructure;

import org.opencrcn.identity.domain.Account;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

  public Account add(Account account) {
    em.persist(account);
    return account;
  }
}
