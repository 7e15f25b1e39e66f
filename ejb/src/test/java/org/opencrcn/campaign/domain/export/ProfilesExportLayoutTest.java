package org.opencrcn.campaign.domain.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencrcn.campaign.domain.export.RecordingRow.EMPTY;

import org.junit.jupiter.api.Test;

class ProfilesExportLayoutTest {
  private final ProfilesExportLayout layout = new ProfilesExportLayout(ExportFixtures.profiles());

  @Test
  void columnsHaveNoTargetProfileAndALevelAndPixPerCompetence() {
    assertThat(layout.columns())
        .extracting(ExportColumn::title)
        .startsWith(
            "Nom de l'organisation",
            "ID Campagne",
            "Code",
            "Nom de la campagne",
            "Nom du participant",
            "Prénom du participant",
            "Classe",
            "Envoi (O/N)",
            "Date de l'envoi",
            "Nombre de pix total",
            "Certifiable (O/N)",
            "Nombre de compétences certifiables",
            "Niveau pour la compétence 1.1 Mener une recherche",
            "Nombre de pix pour la compétence 1.1 Mener une recherche")
        .hasSize(12 + 2 * 5);
  }

  @Test
  void aSentProfileIsCertifiableWithLevelOneOnFiveCompetences() {
    RecordingRow row = new RecordingRow();
    layout.write(
        new ProfileParticipation(
            "Martin",
            "Léa",
            "6A",
            null,
            ExportFixtures.SHARED,
            new int[] {1, 2, 1, 1, 3},
            new int[] {8, 17, 12, 9, 30}),
        row);
    assertThat(row.cells.subList(7, 12)).containsExactly("O", ExportFixtures.SHARED, 76L, "O", 5L);
    assertThat(row.cells.subList(12, 14)).containsExactly(1L, 8L);
    assertThat(row.cells).hasSize(layout.columns().size());
  }

  @Test
  void fourCompetencesAreNotEnoughAndAnUnsentProfileHasNoResults() {
    RecordingRow sent = new RecordingRow();
    layout.write(
        new ProfileParticipation(
            "Martin",
            "Noé",
            "6A",
            null,
            ExportFixtures.SHARED,
            new int[] {1, 1, 1, 1, 0},
            new int[] {8, 8, 8, 8, 7}),
        sent);
    assertThat(sent.cells.subList(9, 12)).containsExactly(39L, "N", 4L);
    RecordingRow unsent = new RecordingRow();
    layout.write(
        new ProfileParticipation("Martin", "Zoé", "6A", null, null, new int[5], new int[5]),
        unsent);
    assertThat(unsent.cells.subList(7, 9)).containsExactly("N", EMPTY);
    assertThat(unsent.cells.subList(9, unsent.cells.size())).containsOnly(EMPTY);
    assertThat(unsent.cells).hasSize(layout.columns().size());
    RecordingRow collective = new RecordingRow();
    layout.writeCollective(4, collective);
    assertThat(collective.cells).containsExactly("3.1", "Développer", "3", 0.0, 7.0, 1L);
  }
}
