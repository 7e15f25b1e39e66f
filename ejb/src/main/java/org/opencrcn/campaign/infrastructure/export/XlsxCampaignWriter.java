package org.opencrcn.campaign.infrastructure.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.opencrcn.campaign.domain.export.CellNeutralisation;
import org.opencrcn.campaign.domain.export.ColumnKind;
import org.opencrcn.campaign.domain.export.ExportColumn;
import org.opencrcn.campaign.domain.export.ExportLayout;
import org.opencrcn.campaign.domain.export.ExportRow;

/**
 * The Excel workbook, streamed so that its memory does not grow with the participants: sheet
 * "Participants" with one row per participant in real typed cells (numbers, percentages, dates with
 * formats), the header frozen and filtered, the mastery percentages coloured as a heat map; then
 * sheet "Résultats collectifs", per competence, with a bar chart.
 *
 * <p>The participants' rows are the only part that grows, so they alone are written by our own
 * code, straight as the sheet's XML into the zip entry while the participations are read (inline
 * strings, styles by index, numbers formatted without objects): no cell objects and no temporary
 * file, as SXSSF would make, and the zip's compression the only other cost. Everything else is
 * POI's: a workbook without participant rows (the "template": styles, column widths, frozen pane,
 * autofilter, heat map, the collective sheet and its chart) is made with XSSF once the rows are
 * written — the filter's and heat map's ranges and the collective results need the last row —, and
 * its parts are copied into the zip; of its participants sheet, the part before the rows was
 * written first (from the same template made without rows: it does not depend on them) and the part
 * after them closes the entry. Entries of a zip may come in any order.
 *
 * <p>Each style exists once in the workbook and is reused by every cell of its column. A dangerous
 * text ({@link CellNeutralisation}) is kept as typed in a text cell whose style carries Excel's
 * "quote prefix": the cell stays text even when someone edits it, and no apostrophe shows.
 */
public final class XlsxCampaignWriter implements CampaignFileWriter {
  static final String PARTICIPANTS = "Participants";
  static final String COLLECTIVE = "Résultats collectifs";

  /** The participants sheet's part in the zip (the workbook's first sheet). */
  private static final String PARTICIPANTS_ENTRY = "xl/worksheets/sheet1.xml";

  private static final String EMPTY_SHEET_DATA = "<sheetData/>";
  private static final Pattern DIMENSION = Pattern.compile("<dimension [^>]*/>");

  /** Light tints (black text stays readable on each) for 0 %, 50 % and 100 % of mastery. */
  private static final byte[][] HEAT = {
    {(byte) 0xF4, (byte) 0xC7, (byte) 0xC3},
    {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC},
    {(byte) 0xC6, (byte) 0xEF, (byte) 0xCE}
  };

  private final int compressionLevel;

  /** Compression level of the zip (deflate): the default trades a larger file for speed. */
  public XlsxCampaignWriter(int compressionLevel) {
    this.compressionLevel = compressionLevel;
  }

  public XlsxCampaignWriter() {
    this(Deflater.BEST_SPEED);
  }

  @Override
  public String extension() {
    return "xlsx";
  }

  @Override
  public String contentType() {
    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  }

  @Override
  public <P> long write(
      ExportLayout<P> layout, Iterator<P> participations, OutputStream out, ExportProgress progress)
      throws IOException {
    List<ExportColumn> columns = layout.columns();
    Template before = template(layout, 0, false);
    ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
    zip.setLevel(compressionLevel);
    zip.putArchiveEntry(new ZipArchiveEntry(PARTICIPANTS_ENTRY));
    long lines = 0;
    Template after;
    // The rows' XML is made here while the second core deflates the previous pieces.
    try (SecondCoreOutputStream deflating = new SecondCoreOutputStream(zip)) {
      SheetXml xml = new SheetXml(deflating);
      xml.raw(before.sheetHead());
      StreamedSheetRow line =
          new StreamedSheetRow(
              xml, indexes(before.styles.of(columns)), before.styles.neutralisedText.getIndex());
      line.header(columns, before.styles.header.getIndex());
      while (participations.hasNext()) {
        line.start(lines + 2);
        layout.write(participations.next(), line);
        line.end();
        if (++lines % ExportProgress.EVERY == 0) {
          progress.written(lines);
        }
      }
      after = template(layout, lines, true);
      if (!Arrays.equals(after.sheetHead(), before.sheetHead())) {
        throw new IllegalStateException("The participants sheet's head depends on its rows");
      }
      xml.raw(after.sheetTail());
      xml.flush();
    }
    zip.closeArchiveEntry();
    after.copyPartsBut(PARTICIPANTS_ENTRY, zip);
    zip.finish();
    progress.written(lines);
    return lines;
  }

  /**
   * The workbook without participant rows, written by POI: with {@code lines} participants' worth
   * of filter and heat map, and the collective sheet when {@code collective}.
   */
  private static Template template(ExportLayout<?> layout, long lines, boolean collective)
      throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      List<ExportColumn> columns = layout.columns();
      XSSFSheet sheet = workbook.createSheet(PARTICIPANTS);
      for (int c = 0; c < columns.size(); c++) {
        sheet.setColumnWidth(c, width(columns.get(c).kind()));
      }
      finish(sheet, columns, lines);
      if (collective) {
        collective(workbook.createSheet(COLLECTIVE), layout, styles);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
      workbook.write(bytes);
      return new Template(bytes.toByteArray(), styles);
    }
  }

  /** A workbook written by POI whose participants sheet has no rows, and its styles' indexes. */
  private static final class Template {
    private final byte[] zip;
    final Styles styles;
    private final String participants;
    private final int rows;

    Template(byte[] zip, Styles styles) throws IOException {
      this.zip = zip;
      this.styles = styles;
      this.participants = part(PARTICIPANTS_ENTRY);
      this.rows = participants.indexOf(EMPTY_SHEET_DATA);
      if (rows < 0) {
        throw new IllegalStateException("No empty sheetData in POI's participants sheet");
      }
    }

    /** The sheet's XML before its rows (without the optional dimension, unknown then). */
    byte[] sheetHead() {
      String head = DIMENSION.matcher(participants.substring(0, rows)).replaceFirst("");
      return (head + "<sheetData>").getBytes(StandardCharsets.UTF_8);
    }

    /** The sheet's XML after its rows: filter, heat map, margins. */
    byte[] sheetTail() {
      return ("</sheetData>" + participants.substring(rows + EMPTY_SHEET_DATA.length()))
          .getBytes(StandardCharsets.UTF_8);
    }

    void copyPartsBut(String skipped, ZipArchiveOutputStream out) throws IOException {
      try (ZipInputStream parts = new ZipInputStream(new ByteArrayInputStream(zip))) {
        for (ZipEntry part = parts.getNextEntry(); part != null; part = parts.getNextEntry()) {
          if (!part.getName().equals(skipped)) {
            out.putArchiveEntry(new ZipArchiveEntry(part.getName()));
            parts.transferTo(out);
            out.closeArchiveEntry();
          }
        }
      }
    }

    private String part(String name) throws IOException {
      try (ZipInputStream parts = new ZipInputStream(new ByteArrayInputStream(zip))) {
        for (ZipEntry part = parts.getNextEntry(); part != null; part = parts.getNextEntry()) {
          if (part.getName().equals(name)) {
            return new String(parts.readAllBytes(), StandardCharsets.UTF_8);
          }
        }
      }
      throw new IllegalStateException("No " + name + " in POI's workbook");
    }
  }

  private static void header(Sheet sheet, List<ExportColumn> columns, Styles styles) {
    Row row = sheet.createRow(0);
    row.setHeightInPoints(60);
    for (int c = 0; c < columns.size(); c++) {
      ExportColumn column = columns.get(c);
      row.createCell(c, CellType.STRING).setCellValue(column.title());
      row.getCell(c).setCellStyle(styles.header);
      sheet.setColumnWidth(c, width(column.kind()));
    }
  }

  private static int width(ColumnKind kind) {
    int characters =
        switch (kind) {
          case TEXT -> 22;
          case DATE_TIME -> 17;
          default -> 13;
        };
    return characters * 256;
  }

  /** Frozen header, filter on every column, heat map on the mastery columns. */
  private static void finish(Sheet sheet, List<ExportColumn> columns, long lines) {
    int last = columns.size() - 1;
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, (int) Math.max(lines, 1), 0, last));
    if (lines > 0) {
      heatMap(sheet, columns, 1, (int) lines);
    }
  }

  static void heatMap(Sheet sheet, List<ExportColumn> columns, int firstRow, int lastRow) {
    CellRangeAddress[] ranges =
        java.util.stream.IntStream.range(0, columns.size())
            .filter(c -> columns.get(c).kind() == ColumnKind.MASTERY)
            .mapToObj(c -> new CellRangeAddress(firstRow, lastRow, c, c))
            .toArray(CellRangeAddress[]::new);
    if (ranges.length == 0) {
      return;
    }
    SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
    XSSFConditionalFormattingRule rule =
        (XSSFConditionalFormattingRule) formatting.createConditionalFormattingColorScaleRule();
    XSSFColorScaleFormatting scale = rule.getColorScaleFormatting();
    scale.setNumControlPoints(3);
    double[] points = {0, 0.5, 1};
    var thresholds = scale.getThresholds();
    XSSFColor[] colors = new XSSFColor[3];
    for (int i = 0; i < 3; i++) {
      thresholds[i].setRangeType(RangeType.NUMBER);
      thresholds[i].setValue(points[i]);
      colors[i] = new XSSFColor(HEAT[i]);
    }
    scale.setThresholds(thresholds);
    scale.setColors(colors);
    formatting.addConditionalFormatting(ranges, rule);
  }

  /** The collective results per competence and a bar chart of the layout's chart column. */
  private static void collective(XSSFSheet sheet, ExportLayout<?> layout, Styles styles) {
    List<ExportColumn> columns = layout.collectiveColumns();
    header(sheet, columns, styles);
    sheet.setColumnWidth(1, 60 * 256);
    CellsRow line = new CellsRow(styles.of(columns), styles.neutralisedText);
    int lines = layout.collectiveLines();
    for (int i = 0; i < lines; i++) {
      line.start(sheet.createRow(i + 1));
      layout.writeCollective(i, line);
    }
    sheet.createFreezePane(0, 1);
    if (lines == 0) {
      return;
    }
    heatMap(sheet, columns, 1, lines);
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor =
        drawing.createAnchor(0, 0, 0, 0, columns.size() + 1, 1, columns.size() + 13, 1 + 22);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(layout.chartTitle());
    chart.setTitleOverlay(false);
    XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
    XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
    values.setCrosses(AxisCrosses.AUTO_ZERO);
    int chartColumn = layout.chartColumn();
    if (columns.get(chartColumn).kind() == ColumnKind.MASTERY) {
      values.setMinimum(0);
      values.setMaximum(1);
    }
    var names =
        XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(1, lines, 0, 0));
    var numbers =
        XDDFDataSourcesFactory.fromNumericCellRange(
            sheet, new CellRangeAddress(1, lines, chartColumn, chartColumn));
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
    data.setBarDirection(BarDirection.BAR);
    data.setVaryColors(false);
    XDDFChartData.Series series = data.addSeries(names, numbers);
    series.setTitle(
        columns.get(chartColumn).title(),
        new CellReference(COLLECTIVE, 0, chartColumn, true, true));
    chart.plot(data);
  }

  private static short[] indexes(CellStyle[] styles) {
    short[] indexes = new short[styles.length];
    for (int c = 0; c < styles.length; c++) {
      indexes[c] = styles[c].getIndex();
    }
    return indexes;
  }

  /**
   * One row's cells as POI cells (the collective sheet): the style of each column is looked up,
   * never created.
   */
  private static final class CellsRow implements ExportRow {
    private final CellStyle[] styles;
    private final CellStyle neutralisedText;
    private Row row;
    private int column;

    CellsRow(CellStyle[] styles, CellStyle neutralisedText) {
      this.styles = styles;
      this.neutralisedText = neutralisedText;
    }

    void start(Row next) {
      row = next;
      column = 0;
    }

    @Override
    public void text(String value) {
      if (value == null) {
        column++;
        return;
      }
      var cell = row.createCell(column, CellType.STRING);
      cell.setCellValue(value);
      cell.setCellStyle(CellNeutralisation.isDangerous(value) ? neutralisedText : styles[column]);
      column++;
    }

    @Override
    public void integer(long value) {
      number(value);
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
      number(StreamedSheetRow.tenThousandths(ratio) / 10_000.0);
    }

    @Override
    public void dateTime(Instant instant) {
      if (instant == null) {
        column++;
        return;
      }
      number(StreamedSheetRow.excelDate(instant));
    }

    @Override
    public void empty() {
      column++;
    }

    private void number(double value) {
      var cell = row.createCell(column, CellType.NUMERIC);
      cell.setCellValue(value);
      cell.setCellStyle(styles[column]);
      column++;
    }
  }

  /** The workbook's few styles, made once. */
  private static final class Styles {
    final CellStyle header;
    final CellStyle text;
    final CellStyle neutralisedText;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle percent;
    final CellStyle dateTime;

    Styles(XSSFWorkbook workbook) {
      DataFormat formats = workbook.createDataFormat();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      header.setVerticalAlignment(VerticalAlignment.TOP);
      header.setFillForegroundColor(
          new XSSFColor(new byte[] {(byte) 0xF4, (byte) 0xF5, (byte) 0xF9}));
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setBorderBottom(BorderStyle.THIN);
      text = workbook.getCellStyleAt(0);
      neutralisedText = workbook.createCellStyle();
      neutralisedText.setQuotePrefixed(true);
      integer = workbook.createCellStyle();
      integer.setDataFormat(formats.getFormat("0"));
      decimal = workbook.createCellStyle();
      decimal.setDataFormat(formats.getFormat("0.00"));
      percent = workbook.createCellStyle();
      percent.setDataFormat(formats.getFormat("0.0%"));
      dateTime = workbook.createCellStyle();
      dateTime.setDataFormat(formats.getFormat("dd/mm/yyyy hh:mm"));
    }

    CellStyle[] of(List<ExportColumn> columns) {
      CellStyle[] styles = new CellStyle[columns.size()];
      for (int c = 0; c < styles.length; c++) {
        styles[c] =
            switch (columns.get(c).kind()) {
              // The workbook's default style, set on each cell all the same: a cell without a
              // style looks its column's up in the sheet's XML beans at every write (a fifth of the
              // time); index 0 is written as no style attribute at all.
              case TEXT -> text;
              case INTEGER -> integer;
              case DECIMAL -> decimal;
              case PERCENT, MASTERY -> percent;
              case DATE_TIME -> dateTime;
            };
      }
      return styles;
    }
  }
}
