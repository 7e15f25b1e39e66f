package org.opencrcn.identity.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.opencrcn.shared.audit.AuditCaller;

/** Tells the audit log (which depends on no context) the caller's account id. */
@Dependent
public class AuditCallerAccount implements AuditCaller {
  @Inject private CallerAccount caller;

  @Override
  public Optional<Long> accountId() {
    return caller.id();
  }
}
