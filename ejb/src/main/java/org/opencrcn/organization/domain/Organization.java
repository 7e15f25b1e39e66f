package org.opencrcn.organization.domain;

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
import java.util.Objects;

/** An establishment or organisation that runs campaigns in Orga. */
@Entity
@Table(name = "organization")
@NamedQuery(
    name = "Organization.findByUais",
    query = "select o from Organization o where o.uai in :uais")
@NamedQuery(
    name = "Organization.countFromDirectory",
    query =
        "select count(o) from Organization o where o.source = org.opencrcn.organization.domain.OrganizationSource.DIRECTORY")
public class Organization {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private OrganizationType type;

  @Column(nullable = false, length = 255)
  private String name;

  /** UAI/RNE of a SCO establishment, e.g. 0381999Z. */
  @Column(length = 16)
  private String uai;

  /** The establishment's own address, where activation links are sent. */
  @Column(length = 320)
  private String email;

  @Column(nullable = false)
  private boolean archived;

  /** The town (commune) it is in. */
  @Column(length = 255)
  private String town;

  /** The academy's name as the directory writes it, e.g. Grenoble. */
  @Column(length = 64)
  private String academy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private OrganizationSource source;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Organization() {}

  /** A new, active organisation with checked details. */
  public static Organization create(
      OrganizationDetails details, OrganizationSource source, Instant now) {
    Organization organization = new Organization();
    organization.source = source;
    organization.createdAt = now;
    organization.write(details, now);
    return organization;
  }

  /**
   * Takes these details; archiving is left as it is.
   *
   * @return whether anything changed
   */
  public boolean describeAs(OrganizationDetails details, Instant now) {
    if (details().equals(details)) {
      return false;
    }
    write(details, now);
    return true;
  }

  private void write(OrganizationDetails details, Instant now) {
    type = Objects.requireNonNull(details.type());
    name = Objects.requireNonNull(details.name());
    uai = details.uai();
    town = details.town();
    academy = details.academy();
    email = details.email();
    updatedAt = now;
  }

  /** Archived organisations leave Orga (their members no longer enter them) but are kept. */
  public void archive(Instant now) {
    if (!archived) {
      archived = true;
      updatedAt = now;
    }
  }

  public void unarchive(Instant now) {
    if (archived) {
      archived = false;
      updatedAt = now;
    }
  }

  public OrganizationDetails details() {
    return new OrganizationDetails(type, name, uai, town, academy, email);
  }

  public Long id() {
    return id;
  }

  public OrganizationType type() {
    return type;
  }

  public String name() {
    return name;
  }

  public String uai() {
    return uai;
  }

  /** The establishment's own address (e.g. ce.0381999Z@ac-grenoble.fr), or null. */
  public String email() {
    return email;
  }

  public boolean archived() {
    return archived;
  }

  public String town() {
    return town;
  }

  public String academy() {
    return academy;
  }

  public OrganizationSource source() {
    return source;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
