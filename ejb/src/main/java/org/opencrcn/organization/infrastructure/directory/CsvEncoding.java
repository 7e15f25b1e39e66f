package org.opencrcn.organization.infrastructure.directory;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.opencrcn.organization.infrastructure.ByteOrderMarks;

/**
 * Decodes a CSV file whatever its encoding, by this rule: a byte order mark says it (UTF-8,
 * UTF-16); otherwise a file that is valid UTF-8 is UTF-8; otherwise it is Windows-1252 when it has
 * a byte in 0x80–0x9F (printable there, control codes in ISO-8859-15), else ISO-8859-15 (where œ, Œ
 * and € of French names have their own bytes). Spreadsheets save in one of these.
 */
public final class CsvEncoding {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  static final Charset ISO_8859_15 = Charset.forName("ISO-8859-15");

  private CsvEncoding() {}

  /** The text of a file and the encoding it was read in. */
  public record Decoded(String text, Charset charset) {}

  public static Decoded decode(byte[] bytes) {
    if (ByteOrderMarks.utf8(bytes)) {
      return new Decoded(
          new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (ByteOrderMarks.utf16BigEndian(bytes) || ByteOrderMarks.utf16LittleEndian(bytes)) {
      // Java's UTF-16 reads the mark to choose the byte order and drops it.
      return new Decoded(new String(bytes, StandardCharsets.UTF_16), StandardCharsets.UTF_16);
    }
    try {
      CharBuffer text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      return new Decoded(text.toString(), StandardCharsets.UTF_8);
    } catch (CharacterCodingException notUtf8) {
      Charset single = hasWindowsOnlyBytes(bytes) ? WINDOWS_1252 : ISO_8859_15;
      return new Decoded(new String(bytes, single), single);
    }
  }

  private static boolean hasWindowsOnlyBytes(byte[] bytes) {
    for (byte b : bytes) {
      int unsigned = b & 0xFF;
      if (unsigned >= 0x80 && unsigned <= 0x9F) {
        return true;
      }
    }
    return false;
  }
}
