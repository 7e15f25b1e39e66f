package org.opencrcn.campaign.infrastructure.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opencrcn.campaign.domain.export.CellNeutralisation;
import org.opencrcn.campaign.domain.export.ExportColumn;
import org.opencrcn.campaign.domain.export.ExportLayout;
import org.opencrcn.campaign.domain.export.ExportRow;

/**
 * The CSV a French spreadsheet opens as it is: UTF-8 with a byte order mark (without it Excel reads
 * accents as Windows-1252), {@code ;} between cells, decimal commas, dates as {@code dd/MM/yyyy
 * HH:mm} in Europe/Paris, percentages as numbers of percent ({@code 66,7}). Dangerous text gets the
 * text mark (see {@link CellNeutralisation}).
 */
public final class CsvCampaignWriter implements CampaignFileWriter {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(PARIS);
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

  @Override
  public <P> long write(
      ExportLayout<P> layout, Iterator<P> participations, OutputStream out, ExportProgress progress)
      throws IOException {
    BufferedWriter writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    writer.write('\uFEFF');
    CSVPrinter printer = new CSVPrinter(writer, FORMAT);
    for (ExportColumn column : layout.columns()) {
      printer.print(CellNeutralisation.neutralised(column.title()));
    }
    printer.println();
    Line line = new Line(printer);
    long lines = 0;
    while (participations.hasNext()) {
      layout.write(participations.next(), line);
      printer.println();
      if (++lines % ExportProgress.EVERY == 0) {
        progress.written(lines);
      }
    }
    printer.flush();
    progress.written(lines);
    return lines;
  }

  @Override
  public String extension() {
    return "csv";
  }

  @Override
  public String contentType() {
    return "text/csv; charset=UTF-8";
  }

  /** One line's cells; numbers are formatted into one reused buffer. */
  private static final class Line implements ExportRow {
    private final CSVPrinter printer;
    private final StringBuilder number = new StringBuilder(24);

    Line(CSVPrinter printer) {
      this.printer = printer;
    }

    @Override
    public void text(String value) {
      print(value == null ? "" : CellNeutralisation.neutralised(value));
    }

    @Override
    public void integer(long value) {
      number.setLength(0);
      number.append(value);
      print(number);
    }

    @Override
    public void decimal(double value) {
      fixed(value, 100);
    }

    @Override
    public void percent(double ratio) {
      fixed(ratio * 100, 10);
    }

    @Override
    public void dateTime(Instant instant) {
      print(instant == null ? "" : DATE_TIME.format(instant));
    }

    @Override
    public void empty() {
      print("");
    }

    /** {@code value} with as many decimals as {@code scale} has zeros, after a comma. */
    private void fixed(double value, long scale) {
      long scaled = Math.round(value * scale);
      number.setLength(0);
      if (scaled < 0) {
        number.append('-');
        scaled = -scaled;
      }
      number.append(scaled / scale).append(',');
      long fraction = scaled % scale;
      for (long digit = scale / 10; digit > 1 && fraction < digit; digit /= 10) {
        number.append('0');
      }
      number.append(fraction);
      print(number);
    }

    private void print(CharSequence value) {
      try {
        printer.print(value);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
