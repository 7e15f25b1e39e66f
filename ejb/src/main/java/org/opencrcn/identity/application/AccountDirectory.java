package org.opencrcn.identity.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencrcn.identity.domain.Account;
import org.opencrcn.identity.infrastructure.AccountRepository;

/**
 * Names and addresses of accounts, for the services of other contexts that refer to accounts by id
 * (they check who may see them; this directory does not). Therefore only the organisation context's
 * services use it, after their OrgaGuard check, and never a screen: {@code InternalServicesTest}
 * fails the build otherwise.
 */
@Dependent
public class AccountDirectory {
  @Inject private AccountRepository accounts;

  public Map<Long, AccountCard> cards(Collection<Long> accountIds) {
    return accounts.findByIds(accountIds).stream()
        .map(AccountDirectory::card)
        .collect(Collectors.toMap(AccountCard::id, Function.identity()));
  }

  /** How many accounts the platform has (the administration's figures). */
  public long count() {
    return accounts.count();
  }

  public Set<Long> idsWithEmail(String email) {
    return accounts.findByEmail(email).stream().map(Account::id).collect(Collectors.toSet());
  }

  private static AccountCard card(Account account) {
    return new AccountCard(account.id(), account.displayName(), account.email());
  }
}
