package org.opencrcn.campaign.infrastructure.export;

import java.io.IOException;
import java.io.Writer;

/**
 * A buffered writer without a lock. SXSSF writes each cell in six to eight tiny pieces ({@code <c
 * r="}, the reference, the type, the value…): through {@link java.io.BufferedWriter}, which takes
 * its lock at every call, this was a third of the time of writing a workbook. Used by one thread
 * only.
 */
final class UnsynchronizedWriter extends Writer {
  private final Writer out;
  private final char[] buffer = new char[1 << 16];
  private int used;

  UnsynchronizedWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(int c) throws IOException {
    if (used == buffer.length) {
      flushBuffer();
    }
    buffer[used++] = (char) c;
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    while (length > 0) {
      if (used == buffer.length) {
        flushBuffer();
      }
      int chunk = Math.min(length, buffer.length - used);
      text.getChars(offset, offset + chunk, buffer, used);
      used += chunk;
      offset += chunk;
      length -= chunk;
    }
  }

  @Override
  public void write(String text) throws IOException {
    write(text, 0, text.length());
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    if (length >= buffer.length) {
      flushBuffer();
      out.write(chars, offset, length);
      return;
    }
    if (length > buffer.length - used) {
      flushBuffer();
    }
    System.arraycopy(chars, offset, buffer, used, length);
    used += length;
  }

  @Override
  public Writer append(CharSequence text) throws IOException {
    write(String.valueOf(text));
    return this;
  }

  private void flushBuffer() throws IOException {
    if (used > 0) {
      out.write(buffer, 0, used);
      used = 0;
    }
  }

  @Override
  public void flush() throws IOException {
    flushBuffer();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
    out.close();
  }
}
