package org.opencrcn.certification.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.opencrcn.campaign.domain.export.CellNeutralisation;
import org.opencrcn.certification.domain.CandidateIdentity;

/**
 * A session's candidates as an Excel workbook, in the columns of the candidates template (so that a
 * list saved as CSV imports again). Names come from files people typed: a text a spreadsheet could
 * read as a formula ({@link CellNeutralisation}) is kept as typed in a text cell whose style has
 * Excel's quote prefix, so that editing the cell never turns it into a formula; the extra time is a
 * number.
 */
public final class CandidatesXlsx {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private CandidatesXlsx() {}

  public static byte[] write(long sessionNumber, List<CandidateIdentity> candidates) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Session " + sessionNumber);
      XSSFCellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      XSSFCellStyle inert = workbook.createCellStyle();
      inert.setQuotePrefixed(true);
      Row header = sheet.createRow(0);
      for (int i = 0; i < CandidateCsv.HEADER.size(); i++) {
        header.createCell(i).setCellValue(CandidateCsv.HEADER.get(i));
        header.getCell(i).setCellStyle(bold);
      }
      int r = 1;
      for (CandidateIdentity c : candidates) {
        Row row = sheet.createRow(r++);
        text(row, inert, 0, c.familyName());
        text(row, inert, 1, c.firstName());
        text(row, inert, 2, c.sex());
        text(row, inert, 3, c.birthdate().format(DATE));
        text(row, inert, 4, c.birthTown());
        text(row, inert, 5, c.birthDepartment());
        text(row, inert, 6, c.birthCountry());
        text(row, inert, 7, c.externalId());
        row.createCell(8).setCellValue(c.extraTimePercent());
        text(row, inert, 9, c.resultRecipientEmail());
      }
      for (int i = 0; i < CandidateCsv.HEADER.size(); i++) {
        sheet.setColumnWidth(i, 22 * 256);
      }
      sheet.createFreezePane(0, 1);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void text(Row row, XSSFCellStyle inert, int column, String value) {
    if (value != null) {
      var cell = row.createCell(column);
      cell.setCellValue(value);
      if (CellNeutralisation.isDangerous(value)) {
        cell.setCellStyle(inert);
      }
    }
  }
}
