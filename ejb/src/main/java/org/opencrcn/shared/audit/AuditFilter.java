package org.opencrcn.shared.audit;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the administrators look for in the audit log; each criterion is optional (null: any).
 *
 * @param from first day included (Paris time)
 * @param to last day included (Paris time)
 */
public record AuditFilter(AuditAction action, Long accountId, LocalDate from, LocalDate to)
    implements Serializable {
  /** Days are those of the platform's users. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  public static AuditFilter any() {
    return new AuditFilter(null, null, null, null);
  }
}
