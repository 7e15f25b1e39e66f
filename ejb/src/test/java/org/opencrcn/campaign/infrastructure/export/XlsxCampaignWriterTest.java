package org.opencrcn.campaign.infrastructure.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.opencrcn.campaign.domain.export.AssessmentExportLayout;

class XlsxCampaignWriterTest {
  @Test
  void typedCellsFrozenFilteredHeaderHeatMapAndInertFormulas() throws Exception {
    try (XSSFWorkbook workbook = write()) {
      XSSFSheet sheet = workbook.getSheet(XlsxCampaignWriter.PARTICIPANTS);
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:Z3");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Nom de l'organisation");

      Row lea = sheet.getRow(1);
      assertThat(lea.getCell(0).getStringCellValue()).isEqualTo("Collège; \"Jean\" Moulin");
      assertThat(lea.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(lea.getCell(1).getNumericCellValue()).isEqualTo(42);
      // The formula stays the name as typed, in a text cell marked as text (quote prefix).
      assertThat(lea.getCell(6).getCellType()).isEqualTo(CellType.STRING);
      assertThat(lea.getCell(6).getStringCellValue()).isEqualTo(ExportSamples.FORMULA);
      assertThat(lea.getCell(6).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(lea.getCell(8).getStringCellValue()).isEqualTo("-12");
      assertThat(lea.getCell(8).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(lea.getCell(5).getCellStyle().getQuotePrefixed()).isFalse();
      assertThat(lea.getCell(9).getNumericCellValue()).isEqualTo(1.0);
      assertThat(lea.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      assertThat(lea.getCell(10).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2026, 1, 15, 8, 5));
      assertThat(DateUtil.isCellDateFormatted(lea.getCell(12))).isTrue();
      assertThat(lea.getCell(12).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2026, 7, 2, 0, 30));
      assertThat(lea.getCell(11).getStringCellValue()).isEqualTo("O");
      assertThat(lea.getCell(13).getNumericCellValue()).isEqualTo(0.5);
      assertThat(lea.getCell(14).getNumericCellValue()).isEqualTo(0.75);
      assertThat(lea.getCell(15).getNumericCellValue()).isEqualTo(4);
      assertThat(lea.getCell(15).getCellStyle().getDataFormatString()).isEqualTo("0");
      assertThat(lea.getCell(17).getNumericCellValue()).isEqualTo(0.3333);

      Row zoe = sheet.getRow(2);
      assertThat(zoe.getCell(8)).isNull();
      assertThat(zoe.getCell(12)).isNull();
      assertThat(zoe.getCell(13)).isNull();
      assertThat(zoe.getCell(9).getNumericCellValue()).isEqualTo(0.25);

      var formatting = sheet.getSheetConditionalFormatting();
      assertThat(formatting.getNumConditionalFormattings()).isEqualTo(1);
      var heatMap = formatting.getConditionalFormattingAt(0);
      assertThat(heatMap.getRule(0).getConditionType()).isEqualTo(ConditionType.COLOR_SCALE);
      // Overall, 2 competences, 2 areas (POI joins the adjacent overall and 1.1).
      assertThat(heatMap.getFormattingRanges())
          .flatExtracting(
              range ->
                  java.util.stream.IntStream.rangeClosed(
                          range.getFirstColumn(), range.getLastColumn())
                      .boxed()
                      .toList())
          .containsExactlyInAnyOrder(13, 14, 17, 20, 23);
      assertThat(heatMap.getFormattingRanges()[0].getLastRow()).isEqualTo(2);

      // A handful of styles for the whole workbook, whatever the number of cells.
      assertThat(workbook.getNumCellStyles()).isLessThan(10);
    }
  }

  @Test
  void secondSheetHoldsTheCollectiveResultsAndTheirChart() throws Exception {
    try (XSSFWorkbook workbook = write()) {
      XSSFSheet sheet = workbook.getSheet(XlsxCampaignWriter.COLLECTIVE);
      assertThat(workbook.getSheetIndex(sheet)).isEqualTo(1);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("1.1");
      assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(3.0);
      assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(0.75);
      assertThat(sheet.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(0.3333);
      assertThat(sheet.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(1);
      var charts = sheet.getDrawingPatriarch().getCharts();
      assertThat(charts).hasSize(1);
      assertThat(charts.get(0).getTitleText().getString())
          .isEqualTo("Maîtrise moyenne par compétence (résultats partagés)");
      assertThat(charts.get(0).getChartSeries().get(0).getSeries(0).getValuesData().getPointCount())
          .isEqualTo(2);
    }
  }

  private static XSSFWorkbook write() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long lines =
        new XlsxCampaignWriter()
            .write(
                new AssessmentExportLayout(ExportSamples.header()),
                ExportSamples.participations().iterator(),
                out,
                ExportProgress.NONE);
    assertThat(lines).isEqualTo(2);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }
}
