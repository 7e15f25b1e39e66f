package org.opencrcn.campaign.domain.export;

import java.time.Instant;

/**
 * Where a line writes its cells, one call per column in the order of the layout's columns. The
 * writer of each format decides how a number, a percentage or a date looks, and neutralises text.
 */
public interface ExportRow {
  /** A text cell; {@code null} writes an empty cell. */
  void text(String value);

  /** A whole number (a count, an identifier, a level). */
  void integer(long value);

  /** A number with decimals (an average). */
  void decimal(double value);

  /** A ratio between 0 and 1, shown as a percentage. */
  void percent(double ratio);

  /** An instant, shown as a date and time in Europe/Paris; {@code null} writes an empty cell. */
  void dateTime(Instant instant);

  /** An empty cell (a result not shared yet, a ratio of nothing). */
  void empty();

  /** "O" or "N", as the French exports say yes and no. */
  default void yesNo(boolean value) {
    text(value ? "O" : "N");
  }
}
