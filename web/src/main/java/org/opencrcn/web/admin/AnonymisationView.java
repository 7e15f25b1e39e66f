package org.opencrcn.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opencrcn.identity.application.AccountAnonymisation;
import org.opencrcn.identity.application.AnonymisationResult;
import org.opencrcn.web.shared.UserMessages;

/**
 * Administration › Anonymiser un compte: at a person's request, a platform administrator types the
 * account number and confirms; the account keeps only its id (results stay, anonymous) and the
 * person is deleted in Keycloak. A Keycloak failure is said, with the person's Keycloak id to
 * delete by hand: the account is anonymised all the same.
 */
@Named
@RequestScoped
public class AnonymisationView {
  @Inject private AccountAnonymisation anonymisation;
  @Inject private UserMessages messages;

  private String account;
  private boolean confirmed;

  public String anonymise() {
    long id;
    try {
      id = Long.parseLong(account == null ? "" : account.strip());
    } catch (NumberFormatException notANumber) {
      id = 0;
    }
    if (id <= 0) {
      messages.errorOnThisPage("anonymise.problem.account");
      return null;
    }
    if (!confirmed) {
      messages.errorOnThisPage("anonymise.problem.confirm");
      return null;
    }
    AnonymisationResult result = anonymisation.anonymise(id);
    String number = String.valueOf(id);
    switch (result.status()) {
      case NO_ACCOUNT -> messages.error("anonymise.none", number);
      case KEYCLOAK_USER_DELETED -> messages.info("anonymise.done.keycloak", number);
      case NOT_IN_KEYCLOAK -> messages.info("anonymise.done.notInKeycloak", number);
      case KEYCLOAK_FAILED ->
          messages.error("anonymise.done.keycloakFailed", number, result.keycloakUserId());
    }
    return "/admin/anonymisation?faces-redirect=true";
  }

  public String getAccount() {
    return account;
  }

  public void setAccount(String account) {
    this.account = account;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public void setConfirmed(boolean confirmed) {
    this.confirmed = confirmed;
  }
}
