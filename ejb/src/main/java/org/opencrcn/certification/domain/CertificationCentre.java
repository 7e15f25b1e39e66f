package org.opencrcn.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A certification centre; a SCO centre is tied to its Orga organisation (by id). */
@Entity
@Table(name = "certification_centre")
public class CertificationCentre {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 255)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private CentreType type;

  @Column(name = "organization_id")
  private Long organizationId;

  protected CertificationCentre() {}

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public CentreType type() {
    return type;
  }

  /** The Orga organisation of a SCO centre; empty for SUP and PRO centres. */
  public java.util.Optional<Long> organizationId() {
    return java.util.Optional.ofNullable(organizationId);
  }
}
