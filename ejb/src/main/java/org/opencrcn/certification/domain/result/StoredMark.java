package org.opencrcn.certification.domain.result;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.opencrcn.certification.domain.scoring.CompetenceMark;
import org.opencrcn.certification.domain.scoring.CompetenceOutcome;

/** One competence of a stored result (certification_competence_result). */
@Embeddable
public class StoredMark {
  @Column(name = "competence_code", nullable = false, length = 8)
  private String competenceCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CompetenceOutcome outcome;

  @Column(name = "certified_level", nullable = false)
  private int level;

  @Column(nullable = false)
  private int pix;

  protected StoredMark() {}

  StoredMark(CompetenceMark mark) {
    this.competenceCode = mark.competenceCode();
    this.outcome = mark.outcome();
    this.level = mark.level();
    this.pix = mark.pix();
  }

  public CompetenceMark mark() {
    return new CompetenceMark(competenceCode, outcome, level, pix);
  }
}
