package org.opencrcn.certification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.certification.domain.certificate.Certificate;
import org.opencrcn.certification.domain.certificate.CertificateLabels;

class CertificatePdfTest {
  static final CertificateLabels LABELS =
      new CertificateLabels(
          "Certificat de compétences numériques",
          "Délivré à",
          "Centre",
          "Date",
          "Total",
          "Compétence",
          "Niveau",
          "non certifiée",
          "Code de vérification",
          "Vérifiez ce certificat sur");

  @Test
  @DisplayName(
      "The certificate prints the holder, centre, date, total pix, each competence's level and the"
          + " code")
  void content() throws IOException {
    Certificate certificate =
        new Certificate(
            "Léa",
            "Martin-Économe",
            "Collège Jean Moulin",
            LocalDate.of(2026, 6, 12),
            123,
            "P-KB7XH4QD",
            List.of(
                new Certificate.Line("1.1", "Mener une recherche et une veille d'information", 3),
                new Certificate.Line("2.1", "Interagir", -1)));

    byte[] pdf =
        CertificatePdf.write(certificate, LABELS, "https://crcn.example/verifier?code=P-KB7XH4QD");

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(text)
          .contains("Léa Martin-Économe")
          .contains("Collège Jean Moulin")
          .contains("12/06/2026")
          .contains("123 / 1024")
          .contains("1.1  Mener une recherche")
          .contains("non certifiée")
          .contains("P-KB7XH4QD")
          .contains("https://crcn.example/verifier?code=P-KB7XH4QD");
    }
  }
}
