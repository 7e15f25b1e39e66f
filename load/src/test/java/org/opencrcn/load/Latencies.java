package org.opencrcn.load;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Response times of the answers, to the millisecond (up to ten minutes): how many took each
 * duration, and their percentiles. Written by every virtual user at once.
 */
final class Latencies {
  private static final int MAX_MILLIS = 600_000;
  private final AtomicLongArray counts = new AtomicLongArray(MAX_MILLIS + 1);

  void add(long nanos) {
    counts.incrementAndGet((int) Math.min(MAX_MILLIS, Math.max(0, nanos / 1_000_000)));
  }

  /** The smallest duration (ms) that at least {@code percent} % of the answers did not exceed. */
  long percentile(double percent) {
    long total = 0;
    for (int i = 0; i <= MAX_MILLIS; i++) {
      total += counts.get(i);
    }
    if (total == 0) {
      return -1;
    }
    long rank = (long) Math.ceil(total * percent / 100.0);
    long seen = 0;
    for (int i = 0; i <= MAX_MILLIS; i++) {
      seen += counts.get(i);
      if (seen >= Math.max(1, rank)) {
        return i;
      }
    }
    return MAX_MILLIS;
  }
}
