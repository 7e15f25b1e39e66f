package org.opencrcn.campaign.domain.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The export of a "Collecter les profils" campaign (domain rules, docs/campaigns.md): campaign,
 * participant, sending, total pix, certifiability, then the level and pix of each of the 16
 * competences. A profile not sent yet has its results empty.
 */
public final class ProfilesExportLayout implements ExportLayout<ProfileParticipation> {
  private final CampaignExportHeader header;
  private final List<ExportColumn> columns;
  private final long[] levelSums;
  private final long[] pixSums;
  private long sharedParticipations;

  public ProfilesExportLayout(CampaignExportHeader header) {
    if (header.objective() != CampaignObjective.PROFILES_COLLECTION) {
      throw new IllegalArgumentException("Not a profiles collection: " + header.objective());
    }
    this.header = header;
    List<ExportColumn> list = new ArrayList<>();
    list.add(new ExportColumn("Nom de l'organisation", ColumnKind.TEXT));
    list.add(new ExportColumn("ID Campagne", ColumnKind.INTEGER));
    list.add(new ExportColumn("Code", ColumnKind.TEXT));
    list.add(new ExportColumn("Nom de la campagne", ColumnKind.TEXT));
    list.add(new ExportColumn("Nom du participant", ColumnKind.TEXT));
    list.add(new ExportColumn("Prénom du participant", ColumnKind.TEXT));
    list.add(new ExportColumn("Classe", ColumnKind.TEXT));
    if (header.hasExternalId()) {
      list.add(new ExportColumn(header.externalIdLabel(), ColumnKind.TEXT));
    }
    list.add(new ExportColumn("Envoi (O/N)", ColumnKind.TEXT));
    list.add(new ExportColumn("Date de l'envoi", ColumnKind.DATE_TIME));
    list.add(new ExportColumn("Nombre de pix total", ColumnKind.INTEGER));
    list.add(new ExportColumn("Certifiable (O/N)", ColumnKind.TEXT));
    list.add(new ExportColumn("Nombre de compétences certifiables", ColumnKind.INTEGER));
    for (ExportCompetence competence : header.competences()) {
      String name = competence.code() + " " + competence.name();
      list.add(new ExportColumn("Niveau pour la compétence " + name, ColumnKind.INTEGER));
      list.add(new ExportColumn("Nombre de pix pour la compétence " + name, ColumnKind.INTEGER));
    }
    this.columns = List.copyOf(list);
    this.levelSums = new long[header.competences().size()];
    this.pixSums = new long[header.competences().size()];
  }

  @Override
  public CampaignExportHeader header() {
    return header;
  }

  @Override
  public List<ExportColumn> columns() {
    return columns;
  }

  @Override
  public void write(ProfileParticipation participation, ExportRow row) {
    int competences = header.competences().size();
    if (participation.levels().length != competences || participation.pix().length != competences) {
      throw new IllegalArgumentException(
          "Expected levels and pix for " + competences + " competences");
    }
    ExportLayout.writeCampaign(header, false, row);
    ExportLayout.writePerson(
        header,
        participation.lastName(),
        participation.firstName(),
        participation.division(),
        participation.externalId(),
        row);
    boolean shared = participation.shared();
    row.yesNo(shared);
    row.dateTime(participation.sharedAt());
    if (!shared) {
      for (int i = 0; i < 3 + 2 * competences; i++) {
        row.empty();
      }
      return;
    }
    row.integer(participation.totalPix());
    row.yesNo(participation.certifiable());
    row.integer(participation.certifiableCompetences());
    for (int i = 0; i < competences; i++) {
      row.integer(participation.levels()[i]);
      row.integer(participation.pix()[i]);
      levelSums[i] += participation.levels()[i];
      pixSums[i] += participation.pix()[i];
    }
    sharedParticipations++;
  }

  @Override
  public List<ExportColumn> collectiveColumns() {
    return List.of(
        new ExportColumn("Code", ColumnKind.TEXT),
        new ExportColumn("Compétence", ColumnKind.TEXT),
        new ExportColumn("Domaine", ColumnKind.TEXT),
        new ExportColumn("Niveau moyen", ColumnKind.DECIMAL),
        new ExportColumn("Pix moyens", ColumnKind.DECIMAL),
        new ExportColumn("Profils envoyés", ColumnKind.INTEGER));
  }

  @Override
  public int collectiveLines() {
    return header.competences().size();
  }

  @Override
  public void writeCollective(int line, ExportRow row) {
    ExportCompetence competence = header.competences().get(line);
    row.text(competence.code());
    row.text(competence.name());
    row.text(competence.areaCode());
    if (sharedParticipations == 0) {
      row.empty();
      row.empty();
    } else {
      row.decimal((double) levelSums[line] / sharedParticipations);
      row.decimal((double) pixSums[line] / sharedParticipations);
    }
    row.integer(sharedParticipations);
  }

  @Override
  public int chartColumn() {
    return 3;
  }

  @Override
  public String chartTitle() {
    return "Niveau moyen par compétence (profils envoyés)";
  }
}
