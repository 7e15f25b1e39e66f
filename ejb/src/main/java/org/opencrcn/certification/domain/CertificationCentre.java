package org.opencrcn.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

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

  @Column(name = "archived_at")
  private Instant archivedAt;

  protected CertificationCentre() {}

  /**
   * A new centre, active.
   *
   * @param organizationId the Orga organisation of a SCO centre; null for SUP and PRO
   * @throws CentreRefusedException when {@link #check} finds a problem
   */
  public CertificationCentre(String name, CentreType type, Long organizationId) {
    describeAs(name, type, organizationId);
  }

  /** New name, type and organisation, checked as at creation. */
  public void describeAs(String name, CentreType type, Long organizationId) {
    check(name, type, organizationId);
    this.name = name.strip();
    this.type = type;
    this.organizationId = type == CentreType.SCO ? organizationId : null;
  }

  /**
   * A centre has a name (255 characters at most) and a type; a SCO centre is tied to an Orga
   * organisation, a SUP or PRO centre to none.
   */
  public static void check(String name, CentreType type, Long organizationId) {
    if (name == null || name.isBlank()) {
      throw new CentreRefusedException(CentreRefusedException.Reason.NAME_MISSING);
    }
    if (name.strip().length() > 255) {
      throw new CentreRefusedException(CentreRefusedException.Reason.NAME_TOO_LONG);
    }
    if (type == null) {
      throw new CentreRefusedException(CentreRefusedException.Reason.TYPE_MISSING);
    }
    if (type == CentreType.SCO && organizationId == null) {
      throw new CentreRefusedException(CentreRefusedException.Reason.ORGANIZATION_MISSING);
    }
  }

  /** An archived centre keeps its sessions and members; nobody enters it, nothing is added. */
  public void archive(Instant now) {
    if (archivedAt == null) {
      archivedAt = now;
    }
  }

  public void unarchive() {
    archivedAt = null;
  }

  public boolean archived() {
    return archivedAt != null;
  }

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
