package org.opencrcn.referential.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;

/** One of the 5 areas (domaines) of the CRCN, coded "1" to "5". */
@Entity
@Table(name = "area")
public class Area {
  @Id
  @Column(length = 8)
  private String code;

  @Column(name = "title_fr", nullable = false)
  private String titleFr;

  @Column(name = "title_en", nullable = false)
  private String titleEn;

  @OneToMany(mappedBy = "area")
  @OrderBy("code")
  private List<Competence> competences;

  protected Area() {}

  public String code() {
    return code;
  }

  public LocalizedText title() {
    return new LocalizedText(titleFr, titleEn);
  }

  public List<Competence> competences() {
    return List.copyOf(competences);
  }
}
