package org.opencrcn.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A further Keycloak subject that opens an account: an ENT identity its owner attached to their
 * existing local account, so that signing in through the ENT opens that account, not a second one.
 */
@Entity
@Table(name = "account_identity")
public class AccountIdentity {
  @Id
  @Column(length = 64)
  private String subject;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(name = "attached_at", nullable = false)
  private Instant attachedAt;

  protected AccountIdentity() {}

  public AccountIdentity(String subject, long accountId, Instant attachedAt) {
    this.subject = subject;
    this.accountId = accountId;
    this.attachedAt = attachedAt;
  }

  public String subject() {
    return subject;
  }

  public long accountId() {
    return accountId;
  }
}
