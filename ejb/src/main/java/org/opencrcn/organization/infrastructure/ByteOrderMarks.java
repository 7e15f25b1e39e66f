package org.opencrcn.organization.infrastructure;

/**
 * Reads the byte order mark an uploaded text file (directory CSV, SIECLE XML) may start with, so
 * that its encoding is known before any character is decoded.
 */
public final class ByteOrderMarks {
  private ByteOrderMarks() {}

  public static boolean utf8(byte[] start) {
    return startsWith(start, 0xEF, 0xBB, 0xBF);
  }

  public static boolean utf16BigEndian(byte[] start) {
    return startsWith(start, 0xFE, 0xFF);
  }

  public static boolean utf16LittleEndian(byte[] start) {
    return startsWith(start, 0xFF, 0xFE);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
