package org.opencrcn.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An establishment or organisation that runs campaigns in Orga. */
@Entity
@Table(name = "organization")
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

  protected Organization() {}

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
}
