package org.opencrcn.organization.application.directory;

import java.io.Serializable;
import java.util.List;
import org.opencrcn.organization.domain.DirectoryError;

/**
 * What a directory import did: refused with every error (nothing changed), nothing to change, or
 * imported; with the encoding the file was read in and the counts of organisations.
 */
public record DirectoryImportReport(
    Outcome outcome,
    String encoding,
    int created,
    int updated,
    int unchanged,
    List<DirectoryError> errors)
    implements Serializable {

  /** The three endings of an import. */
  public enum Outcome {
    REFUSED,
    UNCHANGED,
    IMPORTED
  }

  static DirectoryImportReport refused(String encoding, List<DirectoryError> errors) {
    return new DirectoryImportReport(Outcome.REFUSED, encoding, 0, 0, 0, List.copyOf(errors));
  }

  static DirectoryImportReport applied(String encoding, int created, int updated, int unchanged) {
    Outcome outcome = created + updated == 0 ? Outcome.UNCHANGED : Outcome.IMPORTED;
    return new DirectoryImportReport(outcome, encoding, created, updated, unchanged, List.of());
  }
}
