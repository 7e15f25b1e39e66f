package org.opencrcn.certification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.certification.domain.result.PupilResult;

class ResultsXlsxTest {
  @Test
  @DisplayName(
      "One line a pupil: names as inert text, pix and levels as numbers, empty when not certified")
  void workbook() throws Exception {
    byte[] bytes =
        ResultsXlsx.write(
            List.of("Nom", "Prénom", "Classe", "Date", "Résultat", "Pix"),
            List.of("1.1", "2.1"),
            List.of(
                new PupilResult(
                    "=HYPERLINK(\"x\")",
                    "Zoé",
                    "3A",
                    LocalDate.of(2026, 6, 12),
                    "VALIDATED",
                    42,
                    Map.of("1.1", 3, "2.1", -1))),
            status -> status.equals("VALIDATED") ? "Certifié" : status);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = workbook.getSheetAt(0);
      Row header = sheet.getRow(0);
      Row line = sheet.getRow(1);
      assertThat(header.getCell(6).getStringCellValue()).isEqualTo("1.1");
      assertThat(line.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
      assertThat(line.getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(line.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(line.getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
      assertThat(line.getCell(3).getStringCellValue()).isEqualTo("12/06/2026");
      assertThat(line.getCell(4).getStringCellValue()).isEqualTo("Certifié");
      assertThat(line.getCell(5).getNumericCellValue()).isEqualTo(42);
      assertThat(line.getCell(6).getNumericCellValue()).isEqualTo(3);
      assertThat(line.getCell(7)).isNull();
    }
  }
}
