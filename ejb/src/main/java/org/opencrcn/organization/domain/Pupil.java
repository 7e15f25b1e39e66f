package org.opencrcn.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A pupil of a SCO organisation as its latest SIECLE import gave it. Rows are written by the import
 * ({@code PupilTableWriter}); the only change made here is the link to an account.
 */
@Entity
@Table(name = "pupil")
@NamedQuery(
    name = "Pupil.candidates",
    query =
        "select p from Pupil p where p.organizationId = :organization and p.active = true and p.birthdate = :birthdate")
@NamedQuery(
    name = "Pupil.linkedTo",
    query =
        "select p from Pupil p where p.organizationId = :organization and p.accountId = :account")
@NamedQuery(
    name = "Pupil.divisions",
    query =
        "select distinct p.division from Pupil p where p.organizationId = :organization and p.active = true"
            + " and p.division is not null order by p.division")
public class Pupil {
  @Id private Long id;

  @Column(name = "organization_id", nullable = false)
  private Long organizationId;

  @Column(nullable = false)
  private String ine;

  @Column(name = "family_name", nullable = false)
  private String familyName;

  @Column(name = "usage_name")
  private String usageName;

  @Column(name = "first_name", nullable = false)
  private String firstName;

  @Column(name = "second_name")
  private String secondName;

  @Column(name = "third_name")
  private String thirdName;

  @Column(nullable = false)
  private LocalDate birthdate;

  /** M or F, as SIECLE records it. */
  private String sex;

  private String division;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Pupil() {}

  /** Links the record to the person's account (reconciliation). */
  public void linkTo(long account, Instant at) {
    this.accountId = account;
    this.updatedAt = at;
  }

  public Long id() {
    return id;
  }

  public Long organizationId() {
    return organizationId;
  }

  public String ine() {
    return ine;
  }

  public String familyName() {
    return familyName;
  }

  public String usageName() {
    return usageName;
  }

  public String firstName() {
    return firstName;
  }

  public String secondName() {
    return secondName;
  }

  public String thirdName() {
    return thirdName;
  }

  public String sex() {
    return sex;
  }

  public LocalDate birthdate() {
    return birthdate;
  }

  public String division() {
    return division;
  }

  public boolean active() {
    return active;
  }

  public Long accountId() {
    return accountId;
  }
}
