package org.opencrcn.identity.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Optional;
import org.opencrcn.identity.domain.Account;
import org.opencrcn.identity.domain.EntAffiliation;
import org.opencrcn.identity.infrastructure.AccountRepository;

/**
 * The account of whoever calls the current service. The principal's name is the Keycloak subject
 * (the OIDC client is configured with {@code principal-attribute=sub}), which never changes even
 * when a username or an ENT attribute does.
 */
@Dependent
public class CallerAccount {
  @Inject private Principal caller;
  @Inject private AccountRepository accounts;

  public String subject() {
    return caller.getName();
  }

  public Optional<Account> find() {
    return accounts.findBySubject(subject());
  }

  /**
   * What the caller's school ENT asserted at their last ENT sign-in (stored by {@link SignIn},
   * which takes it from the verified ID token): services read it here, never from their parameters.
   */
  public EntAffiliation entAffiliation() {
    return find().map(Account::entAffiliation).orElse(EntAffiliation.none());
  }

  /** The caller's account for other contexts, or empty when they have not signed in yet. */
  public Optional<CallerDetails> details() {
    return find()
        .map(
            account ->
                new CallerDetails(
                    account.id(),
                    account.firstName(),
                    account.lastName(),
                    account.email(),
                    account.entAffiliation()));
  }

  /** The caller's account id, or empty for a person who has not signed in through the web yet. */
  public Optional<Long> id() {
    return find().map(Account::id);
  }
}
