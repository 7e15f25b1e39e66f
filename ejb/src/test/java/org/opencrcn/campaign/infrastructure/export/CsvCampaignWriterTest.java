package org.opencrcn.campaign.infrastructure.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.opencrcn.campaign.domain.export.AssessmentExportLayout;

class CsvCampaignWriterTest {
  @Test
  void frenchCsvWithABomSemicolonsDecimalCommasParisDatesAndInertFormulas() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Long> progress = new ArrayList<>();
    long lines =
        new CsvCampaignWriter()
            .write(
                new AssessmentExportLayout(ExportSamples.header()),
                ExportSamples.participations().iterator(),
                out,
                progress::add);
    assertThat(lines).isEqualTo(2);
    assertThat(progress).containsExactly(2L);
    byte[] bytes = out.toByteArray();
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    List<CSVRecord> records =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .get()
            .parse(new StringReader(text))
            .getRecords();
    assertThat(records).hasSize(3);
    assertThat(records.get(0).get(0)).isEqualTo("Nom de l'organisation");
    CSVRecord lea = records.get(1);
    assertThat(lea.toList())
        .containsExactly(
            "Collège; \"Jean\" Moulin",
            "42",
            "ABCDEF123",
            "Rentrée",
            "Parcours 6e",
            "Martin",
            "'" + ExportSamples.FORMULA,
            "6A",
            "'-12",
            "100,0",
            "15/01/2026 08:05",
            "O",
            "02/07/2026 00:30",
            "50,0",
            "75,0",
            "4",
            "3",
            "33,3",
            "6",
            "2",
            "75,0",
            "4",
            "3",
            "33,3",
            "6",
            "2");
    CSVRecord zoe = records.get(2);
    assertThat(zoe.get(6)).isEqualTo("Zoé");
    assertThat(zoe.get(8)).isEmpty();
    assertThat(zoe.get(9)).isEqualTo("25,0");
    assertThat(zoe.get(11)).isEqualTo("N");
    assertThat(zoe.get(12)).isEmpty();
    assertThat(zoe.get(13)).isEmpty();
    assertThat(zoe.get(15)).isEqualTo("4");
  }
}
