package org.opencrcn.certification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.certification.domain.CandidateIdentity;

class CandidatesXlsxTest {

  @Test
  @DisplayName(
      "The candidates list has the template's columns, accents intact, a formula-like name made inert, extra time as a number")
  void candidatesList() throws IOException {
    List<CandidateIdentity> candidates =
        List.of(
            new CandidateIdentity(
                "LEFÈVRE",
                "Zoé",
                "F",
                LocalDate.of(2010, 12, 24),
                null,
                null,
                null,
                "3A",
                33,
                null),
            new CandidateIdentity(
                "=HYPERLINK(\"http://x\")",
                "Noé",
                "M",
                LocalDate.of(2011, 5, 5),
                null,
                null,
                null,
                "3A",
                0,
                null));

    byte[] xlsx = CandidatesXlsx.write(42, candidates);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheet("Session 42");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nom de naissance");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("LEFÈVRE");
      assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("24/12/2010");
      assertThat(sheet.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(33.0);
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
          .isEqualTo("=HYPERLINK(\"http://x\")");
      assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
    }
  }
}
