package org.opencrcn.campaign.domain.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a layout writes, cell by cell: empty cells are {@link #EMPTY}. */
final class RecordingRow implements ExportRow {
  static final Object EMPTY = "<empty>";
  final List<Object> cells = new ArrayList<>();

  @Override
  public void text(String value) {
    cells.add(value == null ? EMPTY : value);
  }

  @Override
  public void integer(long value) {
    cells.add(value);
  }

  @Override
  public void decimal(double value) {
    cells.add(value);
  }

  @Override
  public void percent(double ratio) {
    cells.add(ratio);
  }

  @Override
  public void dateTime(Instant instant) {
    cells.add(instant == null ? EMPTY : instant);
  }

  @Override
  public void empty() {
    cells.add(EMPTY);
  }
}
