package org.opencrcn.referential.application;

import java.io.Serializable;
import java.util.List;
import org.opencrcn.referential.domain.catalog.ContentCounts;
import org.opencrcn.referential.domain.content.ContentError;
import org.opencrcn.referential.domain.lint.LintReport;

/**
 * What an import did: refused (with every error), nothing to change, or imported (with counts); and
 * what the content linter found in the pack, which never refuses it.
 */
public record ImportReport(
    Outcome outcome,
    String packVersion,
    ContentCounts counts,
    List<ContentError> errors,
    LintReport lint)
    implements Serializable {

  /** The three possible endings of an import. */
  public enum Outcome {
    REFUSED,
    UNCHANGED,
    IMPORTED
  }

  static ImportReport refused(List<ContentError> errors, LintReport lint) {
    return new ImportReport(Outcome.REFUSED, null, null, List.copyOf(errors), lint);
  }
}
