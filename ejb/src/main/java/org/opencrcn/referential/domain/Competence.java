package org.opencrcn.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One of the 16 competences of the CRCN, coded "1.1" to "5.2"; the area is the part before the dot.
 */
@Entity
@Cacheable
@Table(name = "competence")
public class Competence {
  @Id
  @Column(length = 8)
  private String code;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "area_code")
  private Area area;

  @Column(name = "title_fr", nullable = false)
  private String titleFr;

  @Column(name = "title_en", nullable = false)
  private String titleEn;

  @Column(name = "description_fr", nullable = false, length = 1000)
  private String descriptionFr;

  @Column(name = "description_en", nullable = false, length = 1000)
  private String descriptionEn;

  protected Competence() {}

  public String code() {
    return code;
  }

  public LocalizedText title() {
    return new LocalizedText(titleFr, titleEn);
  }

  public LocalizedText description() {
    return new LocalizedText(descriptionFr, descriptionEn);
  }
}
