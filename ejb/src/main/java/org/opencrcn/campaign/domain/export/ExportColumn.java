package org.opencrcn.campaign.domain.export;

/** One column of an export: its header and what it holds. */
public record ExportColumn(String title, ColumnKind kind) {}
