package org.opencrcn.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.opencrcn.organization.domain.siecle.SiecleIssue;
import org.opencrcn.organization.domain.siecle.SiecleProblem;

/** A problem of a refused import, kept for its report. */
@Entity
@Table(name = "pupil_import_issue")
@NamedQuery(
    name = "PupilImportIssue.ofImport",
    query = "select i from PupilImportIssue i where i.importId = :import order by i.id")
public class PupilImportIssue {
  private static final int MAX = 255;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "import_id", nullable = false)
  private Long importId;

  @Column(name = "line_number", nullable = false)
  private int lineNumber;

  private String ine;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SiecleProblem problem;

  private String detail;

  protected PupilImportIssue() {}

  public PupilImportIssue(long importId, SiecleIssue issue) {
    this.importId = importId;
    this.lineNumber = issue.line();
    this.ine = cut(issue.ine(), 32);
    this.problem = issue.problem();
    this.detail = cut(issue.detail(), MAX);
  }

  public SiecleIssue issue() {
    return new SiecleIssue(lineNumber, ine, problem, detail);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
