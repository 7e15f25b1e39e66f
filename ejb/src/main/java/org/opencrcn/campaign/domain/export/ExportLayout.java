package org.opencrcn.campaign.domain.export;

import java.util.List;

/**
 * The columns of one objective's export and how a participant fills them. A layout also sums the
 * shared results it writes, for the collective results written after the last participant (one pass
 * over the participations, however many there are). Not thread-safe: one per export.
 *
 * @param <P> the participation it reads
 */
public interface ExportLayout<P> {
  CampaignExportHeader header();

  List<ExportColumn> columns();

  /** Writes one participant's line, cell by cell in column order, and counts its results. */
  void write(P participation, ExportRow row);

  /** The columns of the collective results (one line per competence). */
  List<ExportColumn> collectiveColumns();

  /** How many collective lines {@link #writeCollective} writes. */
  int collectiveLines();

  /** Writes the i-th collective line from what {@link #write} counted so far. */
  void writeCollective(int line, ExportRow row);

  /** The collective column the chart plots per competence. */
  int chartColumn();

  /** The chart's title. */
  String chartTitle();

  /** Writes the campaign's columns repeated on every line (organisation to target profile). */
  static void writeCampaign(CampaignExportHeader header, boolean withTargetProfile, ExportRow row) {
    row.text(header.organisation());
    row.integer(header.campaignId());
    row.text(header.code());
    row.text(header.name());
    if (withTargetProfile) {
      row.text(header.targetProfile());
    }
  }

  /** Writes the participant's identity columns. */
  static void writePerson(
      CampaignExportHeader header,
      String lastName,
      String firstName,
      String division,
      String externalId,
      ExportRow row) {
    row.text(lastName);
    row.text(firstName);
    row.text(division);
    if (header.hasExternalId()) {
      row.text(externalId);
    }
  }
}
