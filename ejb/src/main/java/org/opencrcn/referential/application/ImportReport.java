package org.opencrcn.referential.application;

import java.io.Serializable;
import java.util.List;
import org.opencrcn.referential.domain.catalog.ContentCounts;
import org.opencrcn.referential.domain.content.ContentError;

/** What an import did: refused (with every error), nothing to change, or imported (with counts). */
public record ImportReport(
    Outcome outcome, String packVersion, ContentCounts counts, List<ContentError> errors)
    implements Serializable {

  /** The three possible endings of an import. */
  public enum Outcome {
    REFUSED,
    UNCHANGED,
    IMPORTED
  }

  static ImportReport refused(List<ContentError> errors) {
    return new ImportReport(Outcome.REFUSED, null, null, List.copyOf(errors));
  }
}
