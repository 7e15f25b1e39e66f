package org.opencrcn.shared.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Reads a time column of a native query, which H2 and PostgreSQL's drivers hand differently. */
public final class TimeColumns {
  private TimeColumns() {}

  /** The column's instant, null for SQL NULL; a time without zone is taken as UTC. */
  public static Instant instant(Object value) {
    return switch (value) {
      case null -> null;
      case Instant instant -> instant;
      case OffsetDateTime offset -> offset.toInstant();
      case ZonedDateTime zoned -> zoned.toInstant();
      case Timestamp timestamp -> timestamp.toInstant();
      case LocalDateTime local -> local.toInstant(ZoneOffset.UTC);
      default -> throw new IllegalStateException("Not a time: " + value.getClass());
    };
  }
}
