package org.opencrcn.certification.infrastructure;

import static org.opencrcn.certification.infrastructure.PdfText.fit;
import static org.opencrcn.certification.infrastructure.PdfText.font;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.opencrcn.certification.domain.certificate.Certificate;
import org.opencrcn.certification.domain.certificate.CertificateLabels;

/**
 * A certificate as one A4 PDF page: the holder, the centre and date, the total pix, a table of the
 * competences with their certified level, then the verification code and a QR code to the public
 * verification page. The QR code is drawn as vector squares (sharp at any zoom), from ZXing's
 * matrix, the library of the campaigns' QR codes. DejaVu Sans is embedded, as on the attendance
 * sheet.
 */
public final class CertificatePdf {
  private static final float MARGIN = 50;
  private static final float ROW = 20;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private CertificatePdf() {}

  /**
   * @param verificationUrl the public page's address with the code, encoded in the QR code
   */
  public static byte[] write(
      Certificate certificate, CertificateLabels labels, String verificationUrl) {
    try (PDDocument document = new PDDocument();
        InputStream regular = font("DejaVuSans.ttf");
        InputStream bold = font("DejaVuSans-Bold.ttf")) {
      PDFont text = PDType0Font.load(document, regular);
      PDFont heading = PDType0Font.load(document, bold);
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(document, page)) {
        float y = PDRectangle.A4.getHeight() - MARGIN - 10;
        PdfText.write(out, heading, 20, MARGIN, y, labels.title());
        y -= 36;
        PdfText.write(out, text, 11, MARGIN, y, labels.awardedTo());
        PdfText.write(out, heading, 16, MARGIN, y - 22, certificate.holderName());
        y -= 50;
        PdfText.write(out, text, 11, MARGIN, y, labels.centre() + " : " + certificate.centreName());
        PdfText.write(
            out,
            text,
            11,
            MARGIN,
            y - 16,
            labels.date() + " : " + certificate.sessionDate().format(DATE));
        PdfText.write(
            out,
            heading,
            13,
            MARGIN,
            y - 38,
            labels.totalPix() + " : " + certificate.totalPix() + " / 1024");
        y -= 66;
        y = row(out, heading, y, labels.competence(), labels.level());
        for (Certificate.Line line : certificate.competences()) {
          String level = line.certified() ? String.valueOf(line.level()) : labels.notCertified();
          y = row(out, text, y, line.code() + "  " + line.name(), level);
        }
        y -= 24;
        PdfText.write(
            out,
            heading,
            12,
            MARGIN,
            y,
            labels.verificationCode() + " : " + certificate.verificationCode());
        PdfText.write(out, text, 9, MARGIN, y - 16, labels.verifyAt() + " " + verificationUrl);
        qrCode(out, verificationUrl, PDRectangle.A4.getWidth() - MARGIN - 100, MARGIN, 100);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static float row(PDPageContentStream out, PDFont font, float y, String name, String level)
      throws IOException {
    float right = PDRectangle.A4.getWidth() - MARGIN;
    out.addRect(MARGIN, y - ROW, right - MARGIN, ROW);
    out.stroke();
    PdfText.write(out, font, 9, MARGIN + 4, y - 14, fit(font, 9, name, right - MARGIN - 110));
    PdfText.write(out, font, 9, right - 100, y - 14, level);
    return y - ROW;
  }

  private static void qrCode(PDPageContentStream out, String text, float x, float y, float size)
      throws IOException {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.MARGIN,
                      0,
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.CHARACTER_SET,
                      "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("No QR code for a text of " + text.length() + " chars", e);
    }
    float module = size / matrix.getWidth();
    for (int row = 0; row < matrix.getHeight(); row++) {
      for (int col = 0; col < matrix.getWidth(); col++) {
        if (matrix.get(col, row)) {
          // PDF's y grows upwards, the matrix's rows downwards.
          out.addRect(x + col * module, y + size - (row + 1) * module, module, module);
        }
      }
    }
    out.fill();
  }
}
