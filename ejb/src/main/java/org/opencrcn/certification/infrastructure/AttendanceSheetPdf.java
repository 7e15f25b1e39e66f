package org.opencrcn.certification.infrastructure;

import static org.opencrcn.certification.infrastructure.PdfText.fit;
import static org.opencrcn.certification.infrastructure.PdfText.font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.opencrcn.certification.domain.CandidateIdentity;
import org.opencrcn.certification.domain.MinutesLabels;
import org.opencrcn.certification.domain.SessionDetails;
import org.opencrcn.certification.domain.SheetLabels;

/**
 * The attendance sheet (feuille d'émargement) and the minutes (procès-verbal) of a session as A4
 * PDFs: a header with the session number, date, time, site, room and supervisor, then 20 candidates
 * a page with birth name, first name, birthdate, class or external id and a box to sign. The DejaVu
 * font is embedded (subset), so accents print the same on every machine.
 */
public final class AttendanceSheetPdf {
  public static final int CANDIDATES_PER_PAGE = 20;

  private static final float MARGIN = 40;
  private static final float ROW_HEIGHT = 30;
  private static final float[] COLUMNS = {MARGIN, 175, 290, 370, 455};
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private AttendanceSheetPdf() {}

  public static byte[] write(
      long number, SessionDetails session, List<CandidateIdentity> candidates, SheetLabels labels) {
    return document(
        number, session, candidates, labels, labels.title(), labels.signature(), c -> "", null);
  }

  /**
   * The session minutes (procès-verbal): the same header and candidates, with their extra time,
   * then on the last page the number enrolled, the observation, and boxes for the supervisor's and
   * the centre head's signatures. What happened during the test is added by part 2.
   */
  public static byte[] minutes(
      long number,
      SessionDetails session,
      List<CandidateIdentity> candidates,
      SheetLabels labels,
      MinutesLabels minutes) {
    return document(
        number,
        session,
        candidates,
        labels,
        minutes.title(),
        minutes.extraTime(),
        c -> c.extraTimePercent() + " %",
        (out, fonts, y) -> {
          float at = y - 24;
          PdfText.write(
              out, fonts[1], 10, MARGIN, at, minutes.enrolled() + " : " + candidates.size());
          at -= 16;
          String observation = session.observation() == null ? "" : session.observation();
          PdfText.write(
              out,
              fonts[0],
              10,
              MARGIN,
              at,
              fit(fonts[0], 10, minutes.observation() + " : " + observation, 515));
          at -= 24;
          float half = (PDRectangle.A4.getWidth() - 2 * MARGIN) / 2;
          out.addRect(MARGIN, at - 70, half - 10, 70);
          out.addRect(MARGIN + half + 10, at - 70, half - 10, 70);
          out.stroke();
          PdfText.write(out, fonts[0], 9, MARGIN + 4, at - 12, minutes.supervisorSignature());
          PdfText.write(out, fonts[0], 9, MARGIN + half + 14, at - 12, minutes.centreSignature());
        });
  }

  /** Writes what follows the table on the last page. */
  private interface LastPage {
    void write(PDPageContentStream out, PDFont[] fonts, float y) throws IOException;
  }

  private static byte[] document(
      long number,
      SessionDetails session,
      List<CandidateIdentity> candidates,
      SheetLabels labels,
      String title,
      String lastColumn,
      java.util.function.Function<CandidateIdentity, String> lastCell,
      LastPage lastPage) {
    try (PDDocument document = new PDDocument();
        InputStream regular = font("DejaVuSans.ttf");
        InputStream bold = font("DejaVuSans-Bold.ttf")) {
      PDFont text = PDType0Font.load(document, regular);
      PDFont heading = PDType0Font.load(document, bold);
      int pages = Math.max(1, (candidates.size() + CANDIDATES_PER_PAGE - 1) / CANDIDATES_PER_PAGE);
      for (int page = 0; page < pages; page++) {
        List<CandidateIdentity> slice =
            candidates.subList(
                page * CANDIDATES_PER_PAGE,
                Math.min(candidates.size(), (page + 1) * CANDIDATES_PER_PAGE));
        PDPage pdfPage = new PDPage(PDRectangle.A4);
        document.addPage(pdfPage);
        try (PDPageContentStream out = new PDPageContentStream(document, pdfPage)) {
          float y = header(out, text, heading, title, number, session, labels);
          y =
              row(
                  out,
                  heading,
                  y,
                  labels.familyName(),
                  labels.firstName(),
                  labels.birthdate(),
                  labels.division(),
                  lastColumn);
          for (CandidateIdentity c : slice) {
            y =
                row(
                    out,
                    text,
                    y,
                    c.familyName(),
                    c.firstName(),
                    c.birthdate().format(DATE),
                    c.externalId() == null ? "" : c.externalId(),
                    lastCell.apply(c));
          }
          if (lastPage != null && page == pages - 1) {
            lastPage.write(out, new PDFont[] {text, heading}, y);
          }
          PdfText.write(out, text, 9, MARGIN, 30, labels.page() + " " + (page + 1) + " / " + pages);
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static float header(
      PDPageContentStream out,
      PDFont text,
      PDFont heading,
      String title,
      long number,
      SessionDetails session,
      SheetLabels labels)
      throws IOException {
    float top = PDRectangle.A4.getHeight() - MARGIN;
    PdfText.write(out, heading, 16, MARGIN, top - 10, title);
    PdfText.write(out, text, 10, MARGIN, top - 32, labels.session() + " : " + number);
    PdfText.write(
        out,
        text,
        10,
        MARGIN,
        top - 46,
        labels.date()
            + " : "
            + session.date().format(DATE)
            + "    "
            + labels.time()
            + " : "
            + session.startTime().format(TIME));
    PdfText.write(
        out,
        text,
        10,
        MARGIN,
        top - 60,
        labels.site() + " : " + session.site() + "    " + labels.room() + " : " + session.room());
    PdfText.write(
        out, text, 10, MARGIN, top - 74, labels.supervisor() + " : " + session.supervisor());
    return top - 100;
  }

  private static float row(PDPageContentStream out, PDFont font, float y, String... cells)
      throws IOException {
    float right = PDRectangle.A4.getWidth() - MARGIN;
    out.addRect(MARGIN, y - ROW_HEIGHT, right - MARGIN, ROW_HEIGHT);
    out.stroke();
    for (int i = 0; i < cells.length; i++) {
      float width = (i + 1 < COLUMNS.length ? COLUMNS[i + 1] : right) - COLUMNS[i] - 8;
      PdfText.write(out, font, 9, COLUMNS[i] + 4, y - 19, fit(font, 9, cells[i], width));
    }
    return y - ROW_HEIGHT;
  }
}
