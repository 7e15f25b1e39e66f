package org.opencrcn.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit log. Immutable: no setter and no column updatable, so JPA never writes it
 * again after the insert; PostgreSQL also refuses any change (V26.1).
 */
@Entity
@Table(name = "audit_event")
class AuditEvent {
  @Id
  @Column(updatable = false)
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40, updatable = false)
  private AuditAction action;

  @Column(name = "account_id", updatable = false)
  private Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "caller_role", nullable = false, length = 20, updatable = false)
  private CallerRole callerRole;

  @Column(name = "client_address", length = 64, updatable = false)
  private String clientAddress;

  @Column(nullable = false, length = 500, updatable = false)
  private String targets;

  protected AuditEvent() {}

  AuditEvent(
      Instant occurredAt,
      AuditAction action,
      Long accountId,
      CallerRole callerRole,
      String clientAddress,
      String targets) {
    this.occurredAt = occurredAt;
    this.action = action;
    this.accountId = accountId;
    this.callerRole = callerRole;
    this.clientAddress = clientAddress;
    this.targets = targets;
  }

  AuditEntry entry() {
    return new AuditEntry(id, occurredAt, action, accountId, callerRole, clientAddress, targets);
  }
}
