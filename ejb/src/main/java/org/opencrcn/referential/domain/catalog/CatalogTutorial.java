package org.opencrcn.referential.domain.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A tutorial of a skill, in the pack's order. */
@Entity
@Table(name = "tutorial")
@jakarta.persistence.NamedQuery(
    name = "CatalogTutorial.ofSkills",
    query =
        "select t from CatalogTutorial t where t.skillName in :skills order by t.skillName, t.position")
@jakarta.persistence.NamedQuery(
    name = "CatalogTutorial.findBySkillAndUrl",
    query =
        "select t from CatalogTutorial t where t.skillName = :skill and t.url = :url order by t.position")
public class CatalogTutorial {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "skill_name", nullable = false)
  private String skillName;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String url;

  @Column(nullable = false)
  private String format;

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  protected CatalogTutorial() {}

  public CatalogTutorial(
      String skillName,
      int position,
      String title,
      String url,
      String format,
      int durationMinutes) {
    this.skillName = skillName;
    this.position = position;
    this.title = title;
    this.url = url;
    this.format = format;
    this.durationMinutes = durationMinutes;
  }

  public String skillName() {
    return skillName;
  }

  public String title() {
    return title;
  }

  public String url() {
    return url;
  }

  public String format() {
    return format;
  }

  public int durationMinutes() {
    return durationMinutes;
  }
}
