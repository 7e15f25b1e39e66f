package org.opencrcn.campaign.infrastructure.export;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * Writes SXSSF's flushed rows in the most compact form the spreadsheet format allows, for the
 * export's cells (numbers, inline strings, blanks): a cell reference only where a column is skipped
 * (the format makes it optional, a cell without one follows the previous), no type on numbers
 * (number is the default), whole numbers without {@code .0}. Compared with POI's own writer, the
 * sheet's XML is about half as long, and so is the work of compressing it.
 *
 * <p>Only the cell types the export writes are supported (no formulas, booleans or errors). Rows go
 * to the temporary file without a lock per piece ({@link UnsynchronizedWriter}). Used by one
 * thread.
 */
final class CompactSheetWriter extends SheetDataWriter {
  private final List<String> columnNames = new ArrayList<>();
  private final String[] styleIndexes = new String[64];
  private int flushedRows;
  private int lowestFlushedRow;
  private int lastFlushedRow = -1;
  private int cellsOfLastFlushedRow;

  CompactSheetWriter() throws IOException {
    super();
  }

  @Override
  public Writer createWriter(File file) throws IOException {
    return new UnsynchronizedWriter(
        new OutputStreamWriter(
            decorateOutputStream(new FileOutputStream(file)), StandardCharsets.UTF_8));
  }

  @Override
  public void writeRow(int rowIndex, SXSSFRow row) throws IOException {
    if (flushedRows == 0) {
      lowestFlushedRow = rowIndex;
    }
    lastFlushedRow = Math.max(rowIndex, lastFlushedRow);
    cellsOfLastFlushedRow = row.getLastCellNum();
    flushedRows++;
    String rowNumber = Integer.toString(rowIndex + 1);
    _out.write("<row r=\"");
    _out.write(rowNumber);
    _out.write('"');
    if (row.hasCustomHeight()) {
      _out.write(" customHeight=\"true\" ht=\"");
      _out.write(Float.toString(row.getHeightInPoints()));
      _out.write('"');
    }
    _out.write('>');
    int expected = 0;
    for (Iterator<Cell> cells = row.cellIterator(); cells.hasNext(); ) {
      Cell cell = cells.next();
      int column = cell.getColumnIndex();
      writeCell(cell, column == expected ? null : rowNumber);
      expected = column + 1;
    }
    _out.write("</row>\n");
  }

  /** One cell; {@code rowNumber} is given when the cell needs its reference (after a gap). */
  private void writeCell(Cell cell, String rowNumber) throws IOException {
    _out.write("<c");
    if (rowNumber != null) {
      _out.write(" r=\"");
      _out.write(columnName(cell.getColumnIndex()));
      _out.write(rowNumber);
      _out.write('"');
    }
    int style = cell.getCellStyle().getIndex() & 0xffff;
    if (style != 0) {
      _out.write(" s=\"");
      _out.write(styleIndex(style));
      _out.write('"');
    }
    switch (cell.getCellType()) {
      case NUMERIC -> {
        _out.write("><v>");
        writeNumber(cell.getNumericCellValue());
        _out.write("</v></c>");
      }
      case STRING -> {
        String text = cell.getStringCellValue();
        _out.write(" t=\"inlineStr\"><is><t");
        if (!text.isEmpty()
            && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)))) {
          _out.write(" xml:space=\"preserve\"");
        }
        _out.write('>');
        writeEscaped(text);
        _out.write("</t></is></c>");
      }
      case BLANK -> _out.write("/>");
      default ->
          throw new IllegalStateException(
              "The export writes no " + cell.getCellType() + " cell (" + cell.getAddress() + ")");
    }
  }

  private void writeNumber(double value) throws IOException {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      _out.write(Long.toString((long) value));
    } else {
      _out.write(Double.toString(value));
    }
  }

  /**
   * XML text: markup characters as entities, line breaks and tabs as character references (kept as
   * typed), other control characters and non-characters, which XML cannot hold, as {@code ?}.
   */
  private void writeEscaped(String text) throws IOException {
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement =
          switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\n' -> "&#xa;";
            case '\r' -> "&#xd;";
            case '\t' -> "&#x9;";
            default -> c < ' ' || c == '\uFFFE' || c == '\uFFFF' ? "?" : null;
          };
      if (replacement != null) {
        _out.write(text, start, i - start);
        _out.write(replacement);
        start = i + 1;
      }
    }
    _out.write(text, start, text.length() - start);
  }

  private String columnName(int column) {
    while (columnNames.size() <= column) {
      columnNames.add(CellReference.convertNumToColString(columnNames.size()));
    }
    return columnNames.get(column);
  }

  private String styleIndex(int style) {
    if (style >= styleIndexes.length) {
      return Integer.toString(style);
    }
    if (styleIndexes[style] == null) {
      styleIndexes[style] = Integer.toString(style);
    }
    return styleIndexes[style];
  }

  @Override
  public int getNumberOfFlushedRows() {
    return flushedRows;
  }

  @Override
  public int getNumberOfCellsOfLastFlushedRow() {
    return cellsOfLastFlushedRow;
  }

  @Override
  public int getLowestIndexOfFlushedRows() {
    return lowestFlushedRow;
  }

  @Override
  public int getLastFlushedRow() {
    return lastFlushedRow;
  }
}
