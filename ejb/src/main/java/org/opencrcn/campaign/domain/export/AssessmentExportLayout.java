package org.opencrcn.campaign.domain.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The export of an "Évaluer les participants" campaign (domain rules, docs/campaigns.md): campaign,
 * participant, progress, start, sharing, overall mastery, then for each competence of the target
 * profile and each of their areas its mastery %, targeted skills and mastered skills. Results exist
 * only once shared: before, those cells are empty (the progress and the targeted skills, which do
 * not depend on the participant's answers, are always written).
 */
public final class AssessmentExportLayout implements ExportLayout<AssessmentParticipation> {
  private final CampaignExportHeader header;

  /** Indexes, in the header's competences, of those the target profile targets. */
  private final int[] targeted;

  /** For each area with a targeted competence, the indexes of its targeted competences. */
  private final List<ExportArea> areas = new ArrayList<>();

  private final List<int[]> areaCompetences = new ArrayList<>();
  private final int[] areaTargetedSkills;
  private final int profileTargetedSkills;
  private final List<ExportColumn> columns;

  /** Collective sums: mastered skills per header competence, over the shared participations. */
  private final long[] masteredSums;

  private long sharedParticipations;

  public AssessmentExportLayout(CampaignExportHeader header) {
    if (header.objective() != CampaignObjective.ASSESSMENT) {
      throw new IllegalArgumentException("Not an assessment campaign: " + header.objective());
    }
    this.header = header;
    List<ExportCompetence> competences = header.competences();
    this.targeted =
        java.util.stream.IntStream.range(0, competences.size())
            .filter(i -> competences.get(i).targetedSkills() > 0)
            .toArray();
    Map<String, List<Integer>> byArea = new LinkedHashMap<>();
    int total = 0;
    for (int i : targeted) {
      byArea.computeIfAbsent(competences.get(i).areaCode(), code -> new ArrayList<>()).add(i);
      total += competences.get(i).targetedSkills();
    }
    this.profileTargetedSkills = total;
    for (ExportArea area : header.areas()) {
      List<Integer> indexes = byArea.get(area.code());
      if (indexes != null) {
        areas.add(area);
        areaCompetences.add(indexes.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    this.areaTargetedSkills = new int[areas.size()];
    for (int a = 0; a < areas.size(); a++) {
      for (int i : areaCompetences.get(a)) {
        areaTargetedSkills[a] += competences.get(i).targetedSkills();
      }
    }
    this.columns = List.copyOf(buildColumns());
    this.masteredSums = new long[competences.size()];
  }

  private List<ExportColumn> buildColumns() {
    List<ExportColumn> list = new ArrayList<>();
    list.add(new ExportColumn("Nom de l'organisation", ColumnKind.TEXT));
    list.add(new ExportColumn("ID Campagne", ColumnKind.INTEGER));
    list.add(new ExportColumn("Code", ColumnKind.TEXT));
    list.add(new ExportColumn("Nom de la campagne", ColumnKind.TEXT));
    list.add(new ExportColumn("Nom du profil cible", ColumnKind.TEXT));
    list.add(new ExportColumn("Nom du participant", ColumnKind.TEXT));
    list.add(new ExportColumn("Prénom du participant", ColumnKind.TEXT));
    list.add(new ExportColumn("Classe", ColumnKind.TEXT));
    if (header.hasExternalId()) {
      list.add(new ExportColumn(header.externalIdLabel(), ColumnKind.TEXT));
    }
    list.add(new ExportColumn("% de progression", ColumnKind.PERCENT));
    list.add(new ExportColumn("Date de début", ColumnKind.DATE_TIME));
    list.add(new ExportColumn("Partage (O/N)", ColumnKind.TEXT));
    list.add(new ExportColumn("Date du partage", ColumnKind.DATE_TIME));
    list.add(
        new ExportColumn("% de maîtrise de l'ensemble des acquis du profil", ColumnKind.MASTERY));
    for (int i : targeted) {
      ExportCompetence competence = header.competences().get(i);
      String name = competence.code() + " " + competence.name();
      list.add(
          new ExportColumn(
              "% de maîtrise des acquis de la compétence " + name, ColumnKind.MASTERY));
      list.add(
          new ExportColumn(
              "Nombre d'acquis du profil cible dans la compétence " + name, ColumnKind.INTEGER));
      list.add(new ExportColumn("Acquis maîtrisés dans la compétence " + name, ColumnKind.INTEGER));
    }
    for (ExportArea area : areas) {
      String name = area.code() + " " + area.title();
      list.add(new ExportColumn("% de maîtrise des acquis du domaine " + name, ColumnKind.MASTERY));
      list.add(
          new ExportColumn(
              "Nombre d'acquis du profil cible du domaine " + name, ColumnKind.INTEGER));
      list.add(new ExportColumn("Acquis maîtrisés du domaine " + name, ColumnKind.INTEGER));
    }
    return list;
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
  public void write(AssessmentParticipation participation, ExportRow row) {
    int[] mastered = participation.masteredSkills();
    if (mastered.length != header.competences().size()) {
      throw new IllegalArgumentException(
          "Expected mastered skills for "
              + header.competences().size()
              + " competences, got "
              + mastered.length);
    }
    ExportLayout.writeCampaign(header, true, row);
    ExportLayout.writePerson(
        header,
        participation.lastName(),
        participation.firstName(),
        participation.division(),
        participation.externalId(),
        row);
    boolean shared = participation.shared();
    row.percent(shared ? 1.0 : clamp(participation.progress()));
    row.dateTime(participation.startedAt());
    row.yesNo(shared);
    row.dateTime(participation.sharedAt());
    int profileMastered = 0;
    for (int i : targeted) {
      profileMastered += mastered[i];
    }
    ratio(shared, profileMastered, profileTargetedSkills, row);
    for (int i : targeted) {
      int targetedSkills = header.competences().get(i).targetedSkills();
      ratio(shared, mastered[i], targetedSkills, row);
      row.integer(targetedSkills);
      count(shared, mastered[i], row);
    }
    for (int a = 0; a < areas.size(); a++) {
      int areaMastered = 0;
      for (int i : areaCompetences.get(a)) {
        areaMastered += mastered[i];
      }
      ratio(shared, areaMastered, areaTargetedSkills[a], row);
      row.integer(areaTargetedSkills[a]);
      count(shared, areaMastered, row);
    }
    if (shared) {
      sharedParticipations++;
      for (int i : targeted) {
        masteredSums[i] += mastered[i];
      }
    }
  }

  private static void ratio(boolean shared, int mastered, int targetedSkills, ExportRow row) {
    if (shared && targetedSkills > 0) {
      row.percent(Math.min(1.0, (double) mastered / targetedSkills));
    } else {
      row.empty();
    }
  }

  private static void count(boolean shared, int value, ExportRow row) {
    if (shared) {
      row.integer(value);
    } else {
      row.empty();
    }
  }

  private static double clamp(double ratio) {
    return Math.max(0.0, Math.min(1.0, ratio));
  }

  @Override
  public List<ExportColumn> collectiveColumns() {
    return List.of(
        new ExportColumn("Code", ColumnKind.TEXT),
        new ExportColumn("Compétence", ColumnKind.TEXT),
        new ExportColumn("Domaine", ColumnKind.TEXT),
        new ExportColumn("Acquis du profil cible", ColumnKind.INTEGER),
        new ExportColumn("Moyenne des acquis maîtrisés", ColumnKind.DECIMAL),
        new ExportColumn("% de maîtrise moyen", ColumnKind.MASTERY),
        new ExportColumn("Résultats partagés", ColumnKind.INTEGER));
  }

  @Override
  public int collectiveLines() {
    return targeted.length;
  }

  @Override
  public void writeCollective(int line, ExportRow row) {
    int i = targeted[line];
    ExportCompetence competence = header.competences().get(i);
    row.text(competence.code());
    row.text(competence.name());
    row.text(competence.areaCode());
    row.integer(competence.targetedSkills());
    if (sharedParticipations == 0) {
      row.empty();
      row.empty();
    } else {
      double average = (double) masteredSums[i] / sharedParticipations;
      row.decimal(average);
      row.percent(Math.min(1.0, average / competence.targetedSkills()));
    }
    row.integer(sharedParticipations);
  }

  @Override
  public int chartColumn() {
    return 5;
  }

  @Override
  public String chartTitle() {
    return "Maîtrise moyenne par compétence (résultats partagés)";
  }
}
