package org.opencrcn.referential.domain.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A tube as imported; inactive once a new pack version no longer has it. */
@Entity
@Table(name = "tube")
public class CatalogTube {
  @Id private String name;

  @Column(name = "competence_code", nullable = false)
  private String competenceCode;

  @Column(nullable = false)
  private String title;

  private String description;

  @Column(nullable = false)
  private boolean active;

  protected CatalogTube() {}

  public CatalogTube(String name) {
    this.name = name;
  }

  /** Takes what the new pack version says; returns whether anything changed. */
  public boolean update(String competenceCode, String title, String description) {
    boolean changed =
        !competenceCode.equals(this.competenceCode)
            || !title.equals(this.title)
            || !java.util.Objects.equals(description, this.description)
            || !active;
    this.competenceCode = competenceCode;
    this.title = title;
    this.description = description;
    this.active = true;
    return changed;
  }

  public void deactivate() {
    active = false;
  }

  public String name() {
    return name;
  }

  public String competenceCode() {
    return competenceCode;
  }

  public String title() {
    return title;
  }

  public boolean active() {
    return active;
  }
}
