package org.opencrcn.certification.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
      WorkbookCells cells = new WorkbookCells(workbook);
      Row header = sheet.createRow(0);
      for (int i = 0; i < CandidateCsv.HEADER.size(); i++) {
        cells.header(header, i, CandidateCsv.HEADER.get(i));
      }
      int r = 1;
      for (CandidateIdentity c : candidates) {
        Row row = sheet.createRow(r++);
        cells.text(row, 0, c.familyName());
        cells.text(row, 1, c.firstName());
        cells.text(row, 2, c.sex());
        cells.text(row, 3, c.birthdate().format(DATE));
        cells.text(row, 4, c.birthTown());
        cells.text(row, 5, c.birthDepartment());
        cells.text(row, 6, c.birthCountry());
        cells.text(row, 7, c.externalId());
        row.createCell(8).setCellValue(c.extraTimePercent());
        cells.text(row, 9, c.resultRecipientEmail());
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
}
