package org.opencrcn.certification.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * What Certif's PDF documents share: the shipped fonts, a line of text, a cell's text cut to fit.
 */
final class PdfText {
  private PdfText() {}

  /** Cuts a text too wide for its column, so that it never runs over the next one. */
  static String fit(PDFont font, float size, String value, float width) throws IOException {
    String cut = value == null ? "" : value;
    while (!cut.isEmpty() && font.getStringWidth(cut) / 1000 * size > width) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut;
  }

  static void write(
      PDPageContentStream out, PDFont font, float size, float x, float y, String value)
      throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, y);
    out.showText(value);
    out.endText();
  }

  /** A DejaVu font shipped in the EAR (free licence, LICENSE-DejaVu.txt beside it). */
  static InputStream font(String name) {
    InputStream font =
        PdfText.class.getResourceAsStream("/org/opencrcn/certification/fonts/" + name);
    if (font == null) {
      throw new IllegalStateException("Font missing from the build: " + name);
    }
    return font;
  }
}
