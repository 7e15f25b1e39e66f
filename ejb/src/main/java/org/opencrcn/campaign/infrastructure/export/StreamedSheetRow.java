package org.opencrcn.campaign.infrastructure.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.opencrcn.campaign.domain.export.CellNeutralisation;
import org.opencrcn.campaign.domain.export.ExportColumn;
import org.opencrcn.campaign.domain.export.ExportRow;

/**
 * A participants sheet's row written as the sheet's XML, cell by cell, in the most compact form the
 * format allows: a cell reference only after a skipped column (a cell without one follows the
 * previous), no type on numbers (number is the default), no style attribute for the default style
 * (index 0), whole numbers without {@code .0}, text as an inline string. The values are those POI
 * would write: percentages rounded to a hundredth of a percent, dates as Excel's day numbers in
 * Europe/Paris ({@link DateUtil#getExcelDate}).
 */
final class StreamedSheetRow implements ExportRow {
  private static final byte[] ROW_END = SheetXml.encoded("</row>\n");
  private static final byte[] CELL = SheetXml.encoded("<c");
  private static final byte[] REFERENCE = SheetXml.encoded(" r=\"");
  private static final byte[] STYLE = SheetXml.encoded(" s=\"");
  private static final byte[] QUOTE = SheetXml.encoded("\"");
  private static final byte[] VALUE = SheetXml.encoded("><v>");
  private static final byte[] VALUE_END = SheetXml.encoded("</v></c>");
  private static final byte[] TEXT = SheetXml.encoded(" t=\"inlineStr\"><is><t>");
  private static final byte[] TEXT_PRESERVED =
      SheetXml.encoded(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
  private static final byte[] TEXT_END = SheetXml.encoded("</t></is></c>");

  private final SheetXml xml;
  private final byte[][] styles;
  private final byte[] neutralisedStyle;
  private final List<String> columnNames = new ArrayList<>();
  private String rowNumber;
  private int column;
  private int expected;

  /**
   * @param styles the style index of each column's cells
   * @param neutralisedStyle the index of the text style with a quote prefix
   */
  StreamedSheetRow(SheetXml xml, short[] styles, short neutralisedStyle) {
    this.xml = xml;
    this.styles = new byte[styles.length][];
    for (int c = 0; c < styles.length; c++) {
      this.styles[c] = styleAttribute(styles[c]);
    }
    this.neutralisedStyle = styleAttribute(neutralisedStyle);
  }

  /** The header row: the columns' titles in the header style, 60 points high. */
  void header(List<ExportColumn> columns, short headerStyle) {
    try {
      xml.raw(SheetXml.encoded("<row r=\"1\" ht=\"60\" customHeight=\"1\">"));
      rowNumber = "1";
      column = 0;
      expected = 0;
      byte[] style = styleAttribute(headerStyle);
      for (ExportColumn title : columns) {
        text(title.title(), style);
      }
      xml.raw(ROW_END);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens the row of this (1-based) number. */
  void start(long number) throws IOException {
    rowNumber = Long.toString(number);
    column = 0;
    expected = 0;
    xml.ascii("<row r=\"");
    xml.ascii(rowNumber);
    xml.ascii("\">");
  }

  void end() throws IOException {
    xml.raw(ROW_END);
  }

  @Override
  public void text(String value) {
    if (value == null) {
      column++;
      return;
    }
    try {
      text(value, CellNeutralisation.isDangerous(value) ? neutralisedStyle : styles[column]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void integer(long value) {
    try {
      open(styles[column]);
      xml.raw(VALUE);
      xml.integer(value);
      xml.raw(VALUE_END);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void decimal(double value) {
    number(value);
  }

  /**
   * Rounded to a hundredth of a percent, finer than the format shows: the XML then holds {@code
   * 0.4667} instead of {@code 0.4666666666666667}, a third less to write and to compress.
   */
  @Override
  public void percent(double ratio) {
    try {
      open(styles[column]);
      xml.raw(VALUE);
      xml.tenThousandths(tenThousandths(ratio));
      xml.raw(VALUE_END);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void dateTime(Instant instant) {
    if (instant == null) {
      column++;
      return;
    }
    number(excelDate(instant));
  }

  /** A ratio in ten-thousandths: a hundredth of a percent, finer than the {@code 0.0%} format. */
  static long tenThousandths(double ratio) {
    return Math.round(ratio * 10_000);
  }

  /** The instant as Excel's day number, in Europe/Paris. */
  static double excelDate(Instant instant) {
    return DateUtil.getExcelDate(LocalDateTime.ofInstant(instant, CsvCampaignWriter.PARIS));
  }

  @Override
  public void empty() {
    column++;
  }

  private void number(double value) {
    try {
      open(styles[column]);
      xml.raw(VALUE);
      if (value == Math.rint(value) && Math.abs(value) < 1e15) {
        xml.integer((long) value);
      } else {
        xml.ascii(Double.toString(value));
      }
      xml.raw(VALUE_END);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void text(String value, byte[] style) throws IOException {
    open(style);
    boolean spaced =
        !value.isEmpty()
            && (Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1)));
    xml.raw(spaced ? TEXT_PRESERVED : TEXT);
    xml.text(value);
    xml.raw(TEXT_END);
  }

  /** {@code <c}, its reference after a gap, its style; moves to the next column. */
  private void open(byte[] style) throws IOException {
    xml.raw(CELL);
    if (column != expected) {
      xml.raw(REFERENCE);
      xml.ascii(columnName(column));
      xml.ascii(rowNumber);
      xml.raw(QUOTE);
    }
    xml.raw(style);
    column++;
    expected = column;
  }

  private String columnName(int index) {
    while (columnNames.size() <= index) {
      columnNames.add(CellReference.convertNumToColString(columnNames.size()));
    }
    return columnNames.get(index);
  }

  /** {@code s="n"}, or nothing for the default style. */
  private static byte[] styleAttribute(short index) {
    int style = index & 0xffff;
    return style == 0 ? new byte[0] : SheetXml.encoded(" s=\"" + style + "\"");
  }
}
