package org.opencrcn.organization.infrastructure.directory;

import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * The values of one line, by column; a line shorter than the header has empty values at its end.
 */
final class DirectoryLine {
  private final CSVRecord record;
  private final Map<DirectoryColumn, Integer> columns;

  DirectoryLine(CSVRecord record, Map<DirectoryColumn, Integer> columns) {
    this.record = record;
    this.columns = columns;
  }

  String uai() {
    return value(DirectoryColumn.UAI);
  }

  String name() {
    return value(DirectoryColumn.NAME);
  }

  /** The establishment type as written, when there is one. */
  Optional<String> type() {
    return Optional.ofNullable(value(DirectoryColumn.TYPE))
        .map(String::strip)
        .filter(t -> !t.isEmpty());
  }

  String town() {
    return value(DirectoryColumn.TOWN);
  }

  String academy() {
    return value(DirectoryColumn.ACADEMY);
  }

  String email() {
    return value(DirectoryColumn.EMAIL);
  }

  private String value(DirectoryColumn column) {
    int index = columns.get(column);
    return index < record.size() ? record.get(index) : null;
  }
}
