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
import org.opencrcn.certification.domain.result.PupilResult;

/**
 * A school's published certification results as an Excel workbook, one line a pupil: names and
 * class (text cells; one a spreadsheet could read as a formula keeps Excel's quote prefix, as the
 * campaign export does, {@link CellNeutralisation}), the date, the result, the pix and the level of
 * each competence as numbers (empty when not certified in it).
 */
public final class ResultsXlsx {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Names, class, date, result and pix come first; the competences' levels follow. */
  public static final int FIXED_COLUMNS = 6;

  private ResultsXlsx() {}

  /**
   * @param header the fixed columns' titles (family name, first name, class, date, result, pix)
   * @param competences the competence codes, one column each after the fixed ones
   * @param statusLabel the printed word of a result status
   */
  public static byte[] write(
      List<String> header,
      List<String> competences,
      List<PupilResult> results,
      java.util.function.Function<String, String> statusLabel) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Certifications");
      WorkbookCells cells = new WorkbookCells(workbook);
      Row top = sheet.createRow(0);
      for (int column = 0; column < Math.min(FIXED_COLUMNS, header.size()); column++) {
        cells.header(top, column, header.get(column));
      }
      int column = FIXED_COLUMNS;
      for (String competence : competences) {
        cells.header(top, column++, competence);
      }
      int r = 1;
      for (PupilResult result : results) {
        Row row = sheet.createRow(r++);
        cells.text(row, 0, result.familyName());
        cells.text(row, 1, result.firstName());
        cells.text(row, 2, result.division());
        cells.text(row, 3, result.date().format(DATE));
        cells.text(row, 4, statusLabel.apply(result.status()));
        row.createCell(5).setCellValue(result.totalPix());
        for (int i = 0; i < competences.size(); i++) {
          Integer level = result.levels().get(competences.get(i));
          if (level != null && level >= 0) {
            row.createCell(FIXED_COLUMNS + i).setCellValue(level);
          }
        }
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
