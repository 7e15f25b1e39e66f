package org.opencrcn.campaign.infrastructure.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of a sheet's XML, written straight into a buffer as UTF-8 and handed on in large
 * pieces: markup comes as pre-encoded constants, text is escaped and encoded in one pass, whole
 * numbers and percentages are formatted without a string in between. This is what makes the
 * participants sheet cheap: no cell objects, no {@link java.io.Writer}, no charset encoder. Used by
 * one thread.
 */
final class SheetXml {
  private static final byte[] DIGITS = "0123456789".getBytes(StandardCharsets.US_ASCII);

  private final OutputStream out;
  private final byte[] buffer = new byte[1 << 16];
  private int used;

  SheetXml(OutputStream out) {
    this.out = out;
  }

  static byte[] encoded(String markup) {
    return markup.getBytes(StandardCharsets.US_ASCII);
  }

  void raw(byte[] bytes) throws IOException {
    if (bytes.length > buffer.length - used) {
      flushBuffer();
      if (bytes.length > buffer.length) {
        out.write(bytes);
        return;
      }
    }
    System.arraycopy(bytes, 0, buffer, used, bytes.length);
    used += bytes.length;
  }

  /** Markup known to be ASCII (an element, an attribute, a cell reference). */
  void ascii(CharSequence markup) throws IOException {
    room(markup.length());
    for (int i = 0; i < markup.length(); i++) {
      buffer[used++] = (byte) markup.charAt(i);
    }
  }

  /** A whole number in decimal. */
  void integer(long value) throws IOException {
    room(20);
    if (value < 0) {
      if (value == Long.MIN_VALUE) {
        ascii(Long.toString(value));
        return;
      }
      buffer[used++] = '-';
      value = -value;
    }
    int end = used + digits(value);
    int at = end;
    do {
      buffer[--at] = DIGITS[(int) (value % 10)];
      value /= 10;
    } while (value != 0);
    used = end;
  }

  /**
   * {@code scaled ÷ 10,000} in the shortest decimal form ({@code 4667} → {@code 0.4667}, {@code
   * 5000} → {@code 0.5}, {@code 10000} → {@code 1}, {@code 1} → {@code 0.0001}): the same double as
   * {@code scaled / 10_000.0} would write, in plain decimals and without making it.
   */
  void tenThousandths(long scaled) throws IOException {
    if (scaled < 0) {
      room(1);
      buffer[used++] = '-';
      scaled = -scaled;
    }
    integer(scaled / 10_000);
    int fraction = (int) (scaled % 10_000);
    if (fraction == 0) {
      return;
    }
    int decimals = 4;
    while (fraction % 10 == 0) {
      fraction /= 10;
      decimals--;
    }
    room(5);
    buffer[used++] = '.';
    for (int i = decimals - 1; i >= 0; i--) {
      buffer[used + i] = DIGITS[fraction % 10];
      fraction /= 10;
    }
    used += decimals;
  }

  /**
   * Text as XML character data in UTF-8: markup characters as entities, line breaks and tabs as
   * character references (kept as typed), other control characters, non-characters and lone
   * surrogates, which XML cannot hold, as {@code ?}.
   */
  void text(String text) throws IOException {
    for (int i = 0; i < text.length(); i++) {
      room(10);
      char c = text.charAt(i);
      if (c >= ' ' && c < 0x80) {
        switch (c) {
          case '<' -> put("&lt;");
          case '>' -> put("&gt;");
          case '&' -> put("&amp;");
          case '"' -> put("&quot;");
          default -> buffer[used++] = (byte) c;
        }
      } else if (c < ' ') {
        switch (c) {
          case '\n' -> put("&#xa;");
          case '\r' -> put("&#xd;");
          case '\t' -> put("&#x9;");
          default -> buffer[used++] = '?';
        }
      } else if (c < 0x800) {
        buffer[used++] = (byte) (0xC0 | c >> 6);
        buffer[used++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int code = Character.toCodePoint(c, text.charAt(++i));
        buffer[used++] = (byte) (0xF0 | code >> 18);
        buffer[used++] = (byte) (0x80 | code >> 12 & 0x3F);
        buffer[used++] = (byte) (0x80 | code >> 6 & 0x3F);
        buffer[used++] = (byte) (0x80 | code & 0x3F);
      } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
        buffer[used++] = '?';
      } else {
        buffer[used++] = (byte) (0xE0 | c >> 12);
        buffer[used++] = (byte) (0x80 | c >> 6 & 0x3F);
        buffer[used++] = (byte) (0x80 | c & 0x3F);
      }
    }
  }

  /** Writes what is buffered to the stream underneath. */
  void flush() throws IOException {
    flushBuffer();
    out.flush();
  }

  private void put(String ascii) {
    for (int i = 0; i < ascii.length(); i++) {
      buffer[used++] = (byte) ascii.charAt(i);
    }
  }

  private void room(int bytes) throws IOException {
    if (bytes > buffer.length - used) {
      flushBuffer();
    }
  }

  private void flushBuffer() throws IOException {
    if (used > 0) {
      out.write(buffer, 0, used);
      used = 0;
    }
  }

  private static int digits(long value) {
    int digits = 1;
    while (value >= 10) {
      value /= 10;
      digits++;
    }
    return digits;
  }
}
