package org.opencrcn.certification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.certification.domain.CandidateIdentity;
import org.opencrcn.certification.domain.MinutesLabels;
import org.opencrcn.certification.domain.SessionDetails;
import org.opencrcn.certification.domain.SheetLabels;

class AttendanceSheetPdfTest {
  private static final SheetLabels LABELS =
      new SheetLabels(
          "Feuille d'émargement",
          "Session n°",
          "Date",
          "Heure",
          "Site",
          "Salle",
          "Surveillant(s)",
          "Nom de naissance",
          "Prénom",
          "Date de naissance",
          "Classe",
          "Signature",
          "Page");

  private static final SessionDetails SESSION =
      new SessionDetails(
          null,
          "Collège Jean Moulin",
          "Salle 12",
          LocalDate.of(2027, 3, 15),
          LocalTime.of(14, 30),
          "Mme Hélène Müller",
          null);

  @Test
  @DisplayName("41 candidates make 3 A4 pages of 20, each headed with the session, accents intact")
  void twentyAPage() throws IOException {
    List<CandidateIdentity> candidates =
        IntStream.rangeClosed(1, 41)
            .mapToObj(
                i ->
                    new CandidateIdentity(
                        "LEFÈVRE" + i,
                        "Zoé",
                        "F",
                        LocalDate.of(2011, 1, 2),
                        null,
                        null,
                        null,
                        "3ᵉA",
                        0,
                        null))
            .toList();

    byte[] pdf = AttendanceSheetPdf.write(4242, SESSION, candidates, LABELS);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(3);
      assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      String first = stripper.getText(document);
      assertThat(first)
          .contains("Feuille d'émargement", "Session n° : 4242", "15/03/2027", "14:30")
          .contains("Salle 12", "Mme Hélène Müller", "LEFÈVRE1 ", "LEFÈVRE20", "Zoé", "02/01/2011")
          .doesNotContain("LEFÈVRE21");
      stripper.setStartPage(3);
      stripper.setEndPage(3);
      assertThat(stripper.getText(document)).contains("Session n° : 4242", "LEFÈVRE41");
    }
  }

  @Test
  @DisplayName(
      "The minutes list the candidates with their extra time, then the count, the observation and both signature boxes")
  void minutes() throws IOException {
    SessionDetails observed =
        new SessionDetails(
            null,
            SESSION.site(),
            SESSION.room(),
            SESSION.date(),
            SESSION.startTime(),
            SESSION.supervisor(),
            "Tiers temps pour Noé");
    List<CandidateIdentity> candidates =
        List.of(
            new CandidateIdentity(
                "PETIT", "Noé", "M", LocalDate.of(2011, 5, 5), null, null, null, "3A", 33, null));
    MinutesLabels words =
        new MinutesLabels(
            "Procès-verbal de session",
            "Temps majoré",
            "Candidats inscrits",
            "Observation",
            "Signature du ou des surveillants",
            "Signature du responsable du centre");

    byte[] pdf = AttendanceSheetPdf.minutes(99, observed, candidates, LABELS, words);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Procès-verbal de session", "Session n° : 99", "PETIT", "Noé", "33 %")
          .contains("Candidats inscrits : 1", "Observation : Tiers temps pour Noé")
          .contains("Signature du ou des surveillants", "Signature du responsable du centre");
    }
  }

  @Test
  @DisplayName("A session without candidates still prints its header on one page")
  void noCandidate() throws IOException {
    try (PDDocument document =
        Loader.loadPDF(AttendanceSheetPdf.write(7, SESSION, List.of(), LABELS))) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(new PDFTextStripper().getText(document)).contains("Session n° : 7");
    }
  }
}
