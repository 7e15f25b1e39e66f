package org.opencrcn.reliability;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the learners were told: every answer acknowledged (its "recorded" redirect received), and
 * when, so that the server can be killed right after a burst of them.
 */
public final class AnswerLedger {
  private final Set<AnswerKey> acknowledged = ConcurrentHashMap.newKeySet();
  private final ConcurrentLinkedDeque<Long> recentNanos = new ConcurrentLinkedDeque<>();
  private final AtomicLong lastNanos = new AtomicLong();

  /** Records an acknowledged answer; false when it had been acknowledged already (a bug). */
  public boolean acknowledge(AnswerKey answer) {
    long now = System.nanoTime();
    lastNanos.set(now);
    recentNanos.addLast(now);
    while (recentNanos.size() > 1000) {
      recentNanos.pollFirst();
    }
    return acknowledged.add(answer);
  }

  public Set<AnswerKey> acknowledged() {
    return Set.copyOf(acknowledged);
  }

  public int count() {
    return acknowledged.size();
  }

  /** How many answers were acknowledged during the last {@code windowMillis}. */
  public int acknowledgedWithin(long windowMillis) {
    long since = System.nanoTime() - windowMillis * 1_000_000;
    return (int) recentNanos.stream().filter(nanos -> nanos >= since).count();
  }

  /** Milliseconds since the last acknowledgement. */
  public double millisSinceLast() {
    return (System.nanoTime() - lastNanos.get()) / 1e6;
  }
}
