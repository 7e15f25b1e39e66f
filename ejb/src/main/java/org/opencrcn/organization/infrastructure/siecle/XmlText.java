package org.opencrcn.organization.infrastructure.siecle;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencrcn.organization.domain.siecle.SiecleProblem;
import org.opencrcn.organization.domain.siecle.SiecleRefusedException;
import org.opencrcn.organization.infrastructure.ByteOrderMarks;

/**
 * Decodes an XML file in the charset it declares (a byte-order mark first, then the {@code
 * encoding} of its XML declaration, UTF-8 by default), strictly: a byte that is no character of
 * that charset fails the reading. Decoding here rather than in the JDK's parser keeps its decoding
 * errors off the console (it prints them as "[Fatal Error]" lines on stderr, which the server logs
 * as errors) and tells an unknown encoding without reading the parser's translated messages. A file
 * whose text does not open with markup is no XML file at all.
 */
final class XmlText {
  private static final int PROLOG_BYTES = 1024;
  private static final Pattern DECLARED_ENCODING =
      Pattern.compile("\\A<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");

  private XmlText() {}

  /**
   * @throws SiecleRefusedException UNKNOWN_ENCODING when the declared charset does not exist here
   */
  static Reader reader(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in);
    buffered.mark(PROLOG_BYTES);
    byte[] start = buffered.readNBytes(PROLOG_BYTES);
    buffered.reset();
    Charset charset;
    if (ByteOrderMarks.utf8(start)) {
      charset = StandardCharsets.UTF_8;
      buffered.skipNBytes(3);
    } else if (ByteOrderMarks.utf16BigEndian(start)) {
      charset = StandardCharsets.UTF_16BE;
      buffered.skipNBytes(2);
    } else if (ByteOrderMarks.utf16LittleEndian(start)) {
      charset = StandardCharsets.UTF_16LE;
      buffered.skipNBytes(2);
    } else {
      charset = declared(start);
      requireMarkupFirst(start);
    }
    return new InputStreamReader(
        buffered,
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  private static Charset declared(byte[] start) {
    Matcher declaration = DECLARED_ENCODING.matcher(new String(start, StandardCharsets.ISO_8859_1));
    if (!declaration.find()) {
      return StandardCharsets.UTF_8;
    }
    String name = declaration.group(1).strip();
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw new SiecleRefusedException(SiecleProblem.UNKNOWN_ENCODING, 1, name);
    }
  }

  /**
   * Text that does not open with markup is no XML file (an image, a spreadsheet, a letter): told
   * here, since the strict decoding may fail on such bytes before the parser sees any of them.
   */
  private static void requireMarkupFirst(byte[] start) {
    int i = ByteOrderMarks.utf8(start) ? 3 : 0;
    while (i < start.length && Character.isWhitespace(start[i] & 0xFF)) {
      i++;
    }
    if (i < start.length && start[i] != '<') {
      throw new SiecleRefusedException(SiecleProblem.NOT_XML, 1, null);
    }
  }
}
