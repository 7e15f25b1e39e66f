package org.opencrcn.shared.audit;

import java.util.Optional;

/**
 * Port through which the audit log learns the caller's account id without depending on the identity
 * context (which implements it and itself records events).
 */
public interface AuditCaller {
  /** The account of the person calling the current service, empty when they have none. */
  Optional<Long> accountId();
}
