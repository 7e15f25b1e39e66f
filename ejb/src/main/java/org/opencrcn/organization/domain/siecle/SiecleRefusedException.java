package org.opencrcn.organization.domain.siecle;

/** The file cannot be read as a SIECLE export of this school: nothing of it is imported. */
public class SiecleRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final SiecleIssue issue;

  public SiecleRefusedException(SiecleIssue issue) {
    super(
        "SIECLE file refused: "
            + issue.problem()
            + " "
            + (issue.detail() == null ? "" : issue.detail()));
    this.issue = issue;
  }

  public SiecleRefusedException(SiecleProblem problem, int line, String detail) {
    this(new SiecleIssue(line, null, problem, detail));
  }

  public SiecleIssue issue() {
    return issue;
  }
}
