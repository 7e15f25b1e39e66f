package org.opencrcn.organization.application.pupils;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.opencrcn.organization.application.OrgaSettings;
import org.opencrcn.shared.Roles;

/**
 * Counts a person's failed attempts to find their pupil record: names come from the ENT (or are
 * typed), the birthdate is typed, and trying every date of a year would eventually link a
 * namesake's record. A failure is recorded in its own transaction, since the refusal that follows
 * rolls back the caller's.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class ReconciliationFailures {
  static final Duration WINDOW = Duration.ofHours(1);
  private static final Duration KEPT = Duration.ofDays(1);

  @PersistenceContext private EntityManager em;

  /** Whether the account has used up its failed attempts of the last hour. */
  public boolean exhausted(long accountId, Instant now) {
    Number failures =
        (Number)
            em.createNativeQuery(
                    "select count(*) from pupil_reconciliation_failure where account_id = ?1 and failed_at > ?2")
                .setParameter(1, accountId)
                .setParameter(2, at(now.minus(WINDOW)))
                .getSingleResult();
    return failures.longValue() >= OrgaSettings.reconciliationFailuresPerHour();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(long accountId, Instant now) {
    em.createNativeQuery("delete from pupil_reconciliation_failure where failed_at < ?1")
        .setParameter(1, at(now.minus(KEPT)))
        .executeUpdate();
    em.createNativeQuery(
            "insert into pupil_reconciliation_failure (account_id, failed_at) values (?1, ?2)")
        .setParameter(1, accountId)
        .setParameter(2, at(now))
        .executeUpdate();
  }

  /** A success forgets the failures before it. */
  public void forget(long accountId) {
    em.createNativeQuery("delete from pupil_reconciliation_failure where account_id = ?1")
        .setParameter(1, accountId)
        .executeUpdate();
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
