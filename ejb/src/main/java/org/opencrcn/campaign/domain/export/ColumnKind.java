package org.opencrcn.campaign.domain.export;

/** What a column holds, for the writers' formats, widths and colours. */
public enum ColumnKind {
  TEXT,
  INTEGER,
  DECIMAL,
  PERCENT,
  /** A mastery percentage of a competence or an area: coloured as a heat map in Excel. */
  MASTERY,
  DATE_TIME
}
