package org.opencrcn.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opencrcn.identity.application.AccountAnonymisation;
import org.opencrcn.web.shared.UserMessages;

/**
 * Administration › Anonymiser un compte: at a person's request, a platform administrator types the
 * account number and confirms; the account keeps only its id (results stay, anonymous).
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
    if (anonymisation.anonymise(id)) {
      messages.info("anonymise.done", String.valueOf(id));
    } else {
      messages.error("anonymise.none", String.valueOf(id));
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
