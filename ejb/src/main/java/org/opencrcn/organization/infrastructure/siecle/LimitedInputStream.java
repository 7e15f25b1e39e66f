package org.opencrcn.organization.infrastructure.siecle;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.opencrcn.organization.domain.siecle.SiecleProblem;

/**
 * Fails as soon as more than {@code max} bytes have been read: an oversized upload or a zip bomb is
 * stopped while it is read, never held whole.
 */
final class LimitedInputStream extends FilterInputStream {
  private final long max;
  private final SiecleProblem problem;
  private long read;

  LimitedInputStream(InputStream in, long max, SiecleProblem problem) {
    super(in);
    this.max = max;
    this.problem = problem;
  }

  /** Thrown through the XML parser as an I/O error, recognised on the way out. */
  static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;
    final SiecleProblem problem;

    LimitExceeded(SiecleProblem problem) {
      super("More bytes than allowed: " + problem);
      this.problem = problem;
    }
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, (int) Math.min(length, max - read + 1));
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(Math.min(n, max - read + 1));
    count(skipped);
    return skipped;
  }

  private void count(long n) throws LimitExceeded {
    read += n;
    if (read > max) {
      throw new LimitExceeded(problem);
    }
  }
}
