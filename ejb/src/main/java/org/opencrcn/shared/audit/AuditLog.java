package org.opencrcn.shared.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opencrcn.shared.PlatformClock;
import org.opencrcn.shared.Roles;

/**
 * Records a sensitive action in the audit log, for any context. Call it from the service that did
 * the action, once the action is allowed and done:
 *
 * <pre>{@code
 * @Inject private AuditLog audit;
 * ...
 * audit.record(AuditAction.EXPORT, AuditTarget.organization(orgId), AuditTarget.of("campaign", id));
 * }</pre>
 *
 * The log itself finds who (the caller's account id and realm role: {@link CallerRole}), when (the
 * {@link PlatformClock}) and from where ({@link ClientAddress}). The event joins the caller's
 * transaction: an action rolled back leaves no event. Append-only: there is no way to change or
 * remove an event.
 */
@Stateless
@PermitAll
@DeclareRoles({Roles.PLATFORM_ADMIN, Roles.LEARNER})
public class AuditLog {
  /** At most this many targets per event (they are kept in one column). */
  public static final int MAX_TARGETS = 8;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private AuditCaller caller;
  @Inject private PlatformClock clock;

  /**
   * Records that the caller did {@code action} on {@code targets}.
   *
   * @throws IllegalArgumentException with more than {@link #MAX_TARGETS} targets
   */
  public void record(AuditAction action, AuditTarget... targets) {
    if (targets.length > MAX_TARGETS) {
      throw new IllegalArgumentException("At most " + MAX_TARGETS + " audit targets");
    }
    Optional<String> address = ClientAddress.current();
    boolean signedIn = !"anonymous".equals(session.getCallerPrincipal().getName());
    CallerRole role =
        CallerRole.of(session.isCallerInRole(Roles.PLATFORM_ADMIN), signedIn, address.isPresent());
    Long accountId = signedIn ? caller.accountId().orElse(null) : null;
    em.persist(
        new AuditEvent(
            clock.now(),
            action,
            accountId,
            role,
            address.map(AuditLog::fitted).orElse(null),
            join(targets)));
  }

  static String join(AuditTarget... targets) {
    return Arrays.stream(targets).map(AuditTarget::toString).collect(Collectors.joining(" "));
  }

  private static String fitted(String address) {
    return address.length() <= 64 ? address : address.substring(0, 64);
  }
}
