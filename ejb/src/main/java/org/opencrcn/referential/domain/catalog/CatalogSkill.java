package org.opencrcn.referential.domain.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.opencrcn.referential.domain.content.Pix;

/** A skill as imported, with the pix value computed at import (never typed by authors). */
@Entity
@Table(name = "skill")
public class CatalogSkill {
  @Id private String name;

  @Column(name = "tube_name", nullable = false)
  private String tubeName;

  @Column(nullable = false)
  private int level;

  @Column(name = "pix_numerator", nullable = false)
  private long pixNumerator;

  @Column(name = "pix_denominator", nullable = false)
  private long pixDenominator;

  @Column(nullable = false)
  private boolean active;

  protected CatalogSkill() {}

  public CatalogSkill(String name) {
    this.name = name;
  }

  public void update(String tubeName, int level, Pix pix, boolean active) {
    this.tubeName = tubeName;
    this.level = level;
    this.pixNumerator = pix.numerator();
    this.pixDenominator = pix.denominator();
    this.active = active;
  }

  /** No longer in the pack: worth nothing, never asked. */
  public void deactivate() {
    update(tubeName, level, Pix.ZERO, false);
  }

  public String name() {
    return name;
  }

  public String tubeName() {
    return tubeName;
  }

  public int level() {
    return level;
  }

  public Pix pix() {
    return Pix.of(pixNumerator, pixDenominator);
  }

  public boolean active() {
    return active;
  }
}
