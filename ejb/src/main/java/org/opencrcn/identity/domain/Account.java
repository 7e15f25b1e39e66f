package org.opencrcn.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
@NamedQuery(
    name = "Account.findBySubject",
    query =
        "select a from Account a where a.subject = :subject"
            + " or a.id in (select i.accountId from AccountIdentity i where i.subject = :subject)")
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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private AccountOrigin origin = AccountOrigin.LOCAL;

  @Column(name = "ent_profiles", length = 255)
  private String entProfiles;

  @Column(name = "ent_uais", length = 255)
  private String entUais;

  @Column(name = "ent_functions", length = 1000)
  private String entFunctions;

  @Column(name = "ent_class", length = 255)
  private String entClass;

  @Column(name = "ent_welcomed_at")
  private Instant entWelcomedAt;

  protected Account() {}

  public Account(PersonProfile profile) {
    this.subject = profile.subject();
    this.origin = profile.ent().fromEnt() ? AccountOrigin.ENT : AccountOrigin.LOCAL;
    refresh(profile, null);
  }

  /**
   * Keeps the names Keycloak knows (they may change on the ENT side) and notes the sign-in. Through
   * an ENT identity attached to this account, the names stay the account's own (the ENT sends no
   * e-mail for pupils: it would erase the account's). What an ENT asserted is kept until the next
   * ENT sign-in: signing in with a password says nothing of the school.
   */
  public void refresh(PersonProfile profile, Instant signedInAt) {
    if (profile.subject().equals(subject)) {
      this.username = profile.username();
      this.firstName = profile.firstName();
      this.lastName = profile.lastName();
      this.email = profile.email();
    }
    this.lastSignInAt = signedInAt;
    if (profile.ent().fromEnt()) {
      affiliate(profile.ent());
    }
  }

  /** Takes over what an ENT asserted (when its identity is attached to this account). */
  public void affiliate(EntAffiliation affiliation) {
    this.entProfiles = EntAffiliation.join(affiliation.profiles());
    this.entUais = EntAffiliation.join(affiliation.uais());
    this.entFunctions = EntAffiliation.join(affiliation.functions());
    this.entClass = affiliation.className();
  }

  public EntAffiliation entAffiliation() {
    return new EntAffiliation(
        EntAffiliation.split(entProfiles),
        EntAffiliation.split(entUais),
        EntAffiliation.split(entFunctions),
        entClass);
  }

  public AccountOrigin origin() {
    return origin;
  }

  /**
   * Whether the person still has to see the first-ENT-sign-in welcome (pupil record, Orga offers):
   * an account an ENT created, not welcomed yet.
   */
  public boolean awaitsEntWelcome() {
    return origin == AccountOrigin.ENT && entWelcomedAt == null;
  }

  public void markEntWelcomed(Instant at) {
    if (entWelcomedAt == null) {
      entWelcomedAt = at;
    }
  }

  public String username() {
    return username;
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  public Long id() {
    return id;
  }

  public String subject() {
    return subject;
  }

  public String displayName() {
    String name =
        ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
    return name.isEmpty() ? username : name;
  }

  public String email() {
    return email;
  }

  public Instant lastSignInAt() {
    return lastSignInAt;
  }
}
