package org.opencrcn.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A request, made while signed in through an ENT, to attach that ENT identity to an existing local
 * account: it is carried out once its owner has signed in with that account's password. The token
 * that names it travels in a link; only its SHA-256 is kept.
 */
@Entity
@Table(name = "identity_attachment")
@NamedQuery(
    name = "IdentityAttachment.byTokenHash",
    query = "select a from IdentityAttachment a where a.tokenHash = :hash")
public class IdentityAttachment {
  /** Long enough to remember a password, short enough that a forgotten tab is harmless. */
  public static final Duration VALIDITY = Duration.ofMinutes(30);

  public enum State {
    USABLE,
    USED,
    EXPIRED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "browser_hash", length = 64)
  private String browserHash;

  @Column(name = "ent_subject", nullable = false, length = 64)
  private String entSubject;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected IdentityAttachment() {}

  public IdentityAttachment(String tokenHash, String browserHash, String entSubject, Instant now) {
    this.tokenHash = tokenHash;
    this.browserHash = browserHash;
    this.entSubject = entSubject;
    this.createdAt = now;
    this.expiresAt = now.plus(VALIDITY);
  }

  public State state(Instant now) {
    if (usedAt != null) {
      return State.USED;
    }
    return now.isBefore(expiresAt) ? State.USABLE : State.EXPIRED;
  }

  /** Whether the browser that follows the link is the one that started the request. */
  public boolean startedIn(String browserSecretHash) {
    return browserHash != null && browserHash.equals(browserSecretHash);
  }

  /**
   * Whether a sign-in at this time (the ID token's {@code auth_time}, whole seconds) came after the
   * request began: the password was typed for it, not before.
   */
  public boolean signedInSince(Instant authenticatedAt) {
    return !authenticatedAt.isBefore(createdAt.truncatedTo(ChronoUnit.SECONDS));
  }

  public void use(Instant now) {
    usedAt = now;
  }

  public String entSubject() {
    return entSubject;
  }
}
