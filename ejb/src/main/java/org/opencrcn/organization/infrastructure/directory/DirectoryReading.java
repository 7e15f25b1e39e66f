package org.opencrcn.organization.infrastructure.directory;

import java.util.List;
import org.opencrcn.organization.domain.DirectoryError;

/**
 * What reading a directory file gave: the encoding it was read in ("" when not read), its checked
 * entries and every error. A reading with an error is imported in no part.
 */
public record DirectoryReading(
    String encoding, List<DirectoryEntry> entries, List<DirectoryError> errors) {
  public boolean valid() {
    return errors.isEmpty();
  }

  static DirectoryReading refused(String encoding, DirectoryError error) {
    return new DirectoryReading(encoding, List.of(), List.of(error));
  }
}
