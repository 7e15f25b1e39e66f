package org.opencrcn.certification.domain;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A candidates file refused as a whole, with every problem of every line; nothing is enrolled. */
@ApplicationException(rollback = true)
public class CandidateImportRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<CandidateLineIssue> issues;

  public CandidateImportRefusedException(List<CandidateLineIssue> issues) {
    super("Candidates file refused: " + issues.size() + " problem(s)");
    this.issues = List.copyOf(issues);
  }

  public List<CandidateLineIssue> issues() {
    return issues;
  }
}
