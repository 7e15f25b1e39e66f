package org.opencrcn.campaign.infrastructure.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands what is written to a thread of its own, which writes it to the stream underneath: the work
 * of that stream (for the workbook, deflating the sheet's XML, half of the time of an export) runs
 * on the second core while the caller makes the next bytes. The bytes arrive in order, in pieces of
 * {@value #PIECE} bytes, through a few buffers that go round (the memory stays fixed).
 *
 * <p>Only the thread of this stream touches the stream underneath until {@link #close()} returns,
 * which waits for it to finish: from then on the caller may write to it again. A failure of the
 * stream underneath is thrown to the caller at its next write or at {@link #close()}. Used by one
 * caller thread.
 */
final class SecondCoreOutputStream extends OutputStream {
  private static final int PIECE = 1 << 18;
  private static final int BUFFERS = 3;
  private static final byte[] END = new byte[0];

  private final BlockingQueue<byte[]> full = new ArrayBlockingQueue<>(BUFFERS + 1);
  private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
  private final BlockingQueue<Integer> sizes = new ArrayBlockingQueue<>(BUFFERS + 1);
  private final Thread writer;
  private volatile IOException failure;
  private byte[] current;
  private int used;
  private boolean closed;
  private boolean failureThrown;

  SecondCoreOutputStream(OutputStream out) {
    for (int i = 0; i < BUFFERS - 1; i++) {
      free.add(new byte[PIECE]);
    }
    current = new byte[PIECE];
    writer = Thread.ofPlatform().name("opencrcn-export-writer").daemon().start(() -> writeAll(out));
  }

  private void writeAll(OutputStream out) {
    try {
      for (byte[] piece = full.take(); piece != END; piece = full.take()) {
        int size = sizes.take();
        if (failure == null) {
          try {
            out.write(piece, 0, size);
          } catch (IOException | RuntimeException e) {
            failure = e instanceof IOException io ? io : new IOException(e);
          }
        }
        free.put(piece);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void write(int b) throws IOException {
    if (used == PIECE) {
      handOver();
    }
    current[used++] = (byte) b;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    while (length > 0) {
      if (used == PIECE) {
        handOver();
      }
      int chunk = Math.min(length, PIECE - used);
      System.arraycopy(bytes, offset, current, used, chunk);
      used += chunk;
      offset += chunk;
      length -= chunk;
    }
  }

  /**
   * Waits until every byte written so far is written underneath; the stream underneath stays open.
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (used > 0) {
        handOver();
      }
      full.put(END);
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      writer.interrupt();
      throw new InterruptedIOException("Interrupted while the export was being written");
    }
    throwFailure();
  }

  /** The failure underneath, thrown once (try-with-resources would add it to itself). */
  private void throwFailure() throws IOException {
    if (failure != null && !failureThrown) {
      failureThrown = true;
      throw failure;
    }
  }

  private void handOver() throws IOException {
    throwFailure();
    try {
      sizes.put(used);
      full.put(current);
      current = free.take();
      used = 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      writer.interrupt();
      throw new InterruptedIOException("Interrupted while the export was being written");
    }
  }
}
