package org.opencrcn.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person known to the platform, identified by the stable subject Keycloak gives them (local
 * account or ENT identity brokered by Keycloak). The application stores no password.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findBySubject", query = "select a from Account a where a.subject = :subject")
public class Account {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String subject;

  @Column(nullable = false, length = 255)
  private String username;

  @Column(name = "first_name", length = 255)
  private String firstName;

  @Column(name = "last_name", length = 255)
  private String lastName;

  @Column(length = 320)
  private String email;

  @Column(name = "last_sign_in_at")
  private Instant lastSignInAt;

  protected Account() {}

  public Account(PersonProfile profile) {
    this.subject = profile.subject();
    refresh(profile, null);
  }

  /** Keeps the names Keycloak knows (they may change on the ENT side) and notes the sign-in. */
  public void refresh(PersonProfile profile, Instant signedInAt) {
    this.username = profile.username();
    this.firstName = profile.firstName();
    this.lastName = profile.lastName();
    this.email = profile.email();
    this.lastSignInAt = signedInAt;
  }

  public Long id() {
    return id;
  }

  public String subject() {
    return subject;
  }

  public String displayName() {
    String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
    return name.isEmpty() ? username : name;
  }

  public String email() {
    return email;
  }

  public Instant lastSignInAt() {
    return lastSignInAt;
  }
}
