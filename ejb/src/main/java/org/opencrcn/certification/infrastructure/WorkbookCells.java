package org.opencrcn.certification.infrastructure;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.opencrcn.campaign.domain.export.CellNeutralisation;

/**
 * The cells Certif's workbooks share: bold headers, and texts people typed (names from SIECLE or a
 * form) kept as text when a spreadsheet would read them as a formula (quote prefix).
 */
final class WorkbookCells {
  private final XSSFCellStyle bold;
  private final XSSFCellStyle inert;

  WorkbookCells(XSSFWorkbook workbook) {
    bold = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
    inert = workbook.createCellStyle();
    inert.setQuotePrefixed(true);
  }

  void header(Row row, int column, String title) {
    row.createCell(column).setCellValue(title);
    row.getCell(column).setCellStyle(bold);
  }

  /** Nothing for a null value: the cell stays empty. */
  void text(Row row, int column, String value) {
    if (value != null) {
      var cell = row.createCell(column);
      cell.setCellValue(value);
      if (CellNeutralisation.isDangerous(value)) {
        cell.setCellStyle(inert);
      }
    }
  }
}
