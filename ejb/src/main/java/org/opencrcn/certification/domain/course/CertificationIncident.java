package org.opencrcn.certification.domain.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something that went wrong during a candidate's sitting, reported by the supervisor (who has no
 * account) or by the centre at finalisation (with the member's account).
 */
@Entity
@Table(name = "certification_incident")
@NamedQuery(
    name = "CertificationIncident.ofCourse",
    query = "select i from CertificationIncident i where i.courseId = :course order by i.id")
public class CertificationIncident {
  public static final int MAX_DESCRIPTION = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "course_id", nullable = false)
  private Long courseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private IncidentCategory category;

  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "reported_by", nullable = false)
  private IncidentReporter reportedBy;

  @Column(name = "reported_by_account_id")
  private Long reportedByAccountId;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  protected CertificationIncident() {}

  public CertificationIncident(
      long courseId,
      IncidentCategory category,
      String description,
      IncidentReporter reportedBy,
      Long reportedByAccountId,
      Instant now) {
    this.courseId = courseId;
    this.category = category;
    this.description = description;
    this.reportedBy = reportedBy;
    this.reportedByAccountId = reportedByAccountId;
    this.reportedAt = now;
  }

  public Long id() {
    return id;
  }

  public long courseId() {
    return courseId;
  }

  public IncidentCategory category() {
    return category;
  }

  public String description() {
    return description;
  }

  public IncidentReporter reportedBy() {
    return reportedBy;
  }

  public Long reportedByAccountId() {
    return reportedByAccountId;
  }

  public Instant reportedAt() {
    return reportedAt;
  }
}
