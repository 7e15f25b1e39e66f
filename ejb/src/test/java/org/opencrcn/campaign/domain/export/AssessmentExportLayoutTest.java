package org.opencrcn.campaign.domain.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencrcn.campaign.domain.export.RecordingRow.EMPTY;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentExportLayoutTest {
  private final AssessmentExportLayout layout =
      new AssessmentExportLayout(ExportFixtures.assessment("Numéro d'élève"));

  @Test
  void columnsFollowTheCampaignTheParticipantThenEachTargetedCompetenceAndArea() {
    assertThat(layout.columns())
        .extracting(ExportColumn::title)
        .containsExactly(
            "Nom de l'organisation",
            "ID Campagne",
            "Code",
            "Nom de la campagne",
            "Nom du profil cible",
            "Nom du participant",
            "Prénom du participant",
            "Classe",
            "Numéro d'élève",
            "% de progression",
            "Date de début",
            "Partage (O/N)",
            "Date du partage",
            "% de maîtrise de l'ensemble des acquis du profil",
            "% de maîtrise des acquis de la compétence 1.1 Mener une recherche",
            "Nombre d'acquis du profil cible dans la compétence 1.1 Mener une recherche",
            "Acquis maîtrisés dans la compétence 1.1 Mener une recherche",
            "% de maîtrise des acquis de la compétence 2.1 Interagir",
            "Nombre d'acquis du profil cible dans la compétence 2.1 Interagir",
            "Acquis maîtrisés dans la compétence 2.1 Interagir",
            "% de maîtrise des acquis du domaine 1 Information et données",
            "Nombre d'acquis du profil cible du domaine 1 Information et données",
            "Acquis maîtrisés du domaine 1 Information et données",
            "% de maîtrise des acquis du domaine 2 Communication et collaboration",
            "Nombre d'acquis du profil cible du domaine 2 Communication et collaboration",
            "Acquis maîtrisés du domaine 2 Communication et collaboration");
    assertThat(layout.columns().get(14).kind()).isEqualTo(ColumnKind.MASTERY);
  }

  @Test
  void withoutAnExternalIdLabelThereIsNoColumnForIt() {
    AssessmentExportLayout without = new AssessmentExportLayout(ExportFixtures.assessment(" "));
    assertThat(without.columns()).hasSize(layout.columns().size() - 1);
    assertThat(without.columns().get(8).title()).isEqualTo("% de progression");
  }

  @Test
  void aSharedParticipantHasEveryResultAndAHundredPercentProgress() {
    RecordingRow row = new RecordingRow();
    layout.write(ExportFixtures.shared("Léa", new int[] {3, 9, 2}), row);
    assertThat(row.cells)
        .containsExactly(
            "Collège Jean Moulin",
            42L,
            "ABCDEF123",
            "Rentrée",
            "Parcours 6e",
            "Martin",
            "Léa",
            "6A",
            "E-1",
            1.0,
            ExportFixtures.STARTED,
            "O",
            ExportFixtures.SHARED,
            0.5, // (3 + 2) ÷ (4 + 6); the 9 of 1.2, not targeted, does not count
            0.75,
            4L,
            3L,
            2.0 / 6,
            6L,
            2L,
            0.75,
            4L,
            3L,
            2.0 / 6,
            6L,
            2L);
    assertThat(row.cells).hasSize(layout.columns().size());
  }

  @Test
  void anUnsharedParticipantHasItsProgressButNoResults() {
    RecordingRow row = new RecordingRow();
    layout.write(
        new AssessmentParticipation(
            "Martin", "Noé", null, null, 0.4, ExportFixtures.STARTED, null, new int[] {3, 0, 2}),
        row);
    assertThat(row.cells.subList(7, 14))
        .containsExactly(EMPTY, EMPTY, 0.4, ExportFixtures.STARTED, "N", EMPTY, EMPTY);
    assertThat(row.cells.subList(14, 17)).containsExactly(EMPTY, 4L, EMPTY);
    assertThat(row.cells).hasSize(layout.columns().size());
  }

  @Test
  void collectiveResultsAverageTheSharedParticipationsOnly() {
    layout.write(ExportFixtures.shared("Léa", new int[] {4, 0, 6}), new RecordingRow());
    layout.write(ExportFixtures.shared("Noé", new int[] {2, 0, 0}), new RecordingRow());
    layout.write(
        new AssessmentParticipation(
            "Martin", "Zoé", "6A", null, 0.1, ExportFixtures.STARTED, null, new int[] {0, 0, 0}),
        new RecordingRow());
    assertThat(layout.collectiveLines()).isEqualTo(2);
    RecordingRow first = new RecordingRow();
    layout.writeCollective(0, first);
    assertThat(first.cells).containsExactly("1.1", "Mener une recherche", "1", 4L, 3.0, 0.75, 2L);
    RecordingRow second = new RecordingRow();
    layout.writeCollective(1, second);
    assertThat(second.cells).containsExactly("2.1", "Interagir", "2", 6L, 3.0, 0.5, 2L);
  }

  @Test
  void noSharedParticipationLeavesTheAveragesEmpty() {
    RecordingRow row = new RecordingRow();
    layout.writeCollective(0, row);
    assertThat(row.cells).containsExactly("1.1", "Mener une recherche", "1", 4L, EMPTY, EMPTY, 0L);
  }

  @Test
  void resultsForAnotherNumberOfCompetencesAreRefused() {
    assertThatThrownBy(
            () -> layout.write(ExportFixtures.shared("Léa", new int[] {1}), new RecordingRow()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AssessmentExportLayout(ExportFixtures.profiles()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(List.of(layout.chartColumn())).containsExactly(5);
  }
}
