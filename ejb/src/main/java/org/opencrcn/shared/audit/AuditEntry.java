package org.opencrcn.shared.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * An event of the audit log as the administrators' page shows it.
 *
 * @param accountId empty for an anonymous visitor or a timer
 * @param clientAddress empty for a timer or a batch job
 * @param targets {@code kind:id} separated by spaces
 */
public record AuditEntry(
    long id,
    Instant occurredAt,
    AuditAction action,
    Long accountId,
    CallerRole callerRole,
    String clientAddress,
    String targets)
    implements Serializable {}
