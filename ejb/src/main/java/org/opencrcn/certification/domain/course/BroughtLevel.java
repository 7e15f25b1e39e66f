package org.opencrcn.certification.domain.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The level and pix a candidate brought into their test in one certifiable competence, written when
 * the test is composed: scoring reads these, not the profile of the day it runs, so training after
 * the test changes no result (docs/certification.md, "Levels brought in").
 */
@Entity
@Table(name = "certification_course_level")
@NamedQuery(
    name = "BroughtLevel.ofCourse",
    query = "select b from BroughtLevel b where b.courseId = :course order by b.competenceCode")
public class BroughtLevel {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "course_id", nullable = false)
  private Long courseId;

  @Column(name = "competence_code", nullable = false)
  private String competenceCode;

  @Column(nullable = false)
  private int level;

  @Column(nullable = false)
  private int pix;

  protected BroughtLevel() {}

  public BroughtLevel(long courseId, String competenceCode, int level, int pix) {
    if (level < 1 || pix < 0) {
      throw new IllegalArgumentException("not a certifiable level: " + level + ", " + pix);
    }
    this.courseId = courseId;
    this.competenceCode = competenceCode;
    this.level = level;
    this.pix = pix;
  }

  public long courseId() {
    return courseId;
  }

  public String competenceCode() {
    return competenceCode;
  }

  public int level() {
    return level;
  }

  public int pix() {
    return pix;
  }
}
