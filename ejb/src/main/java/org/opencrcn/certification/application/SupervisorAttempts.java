package org.opencrcn.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opencrcn.shared.Settings;

/**
 * Wrong supervisor passwords, counted per session number and per client address over a sliding
 * window: past {@code opencrcn.certification.supervisor-attempts} (10) failures in 15 minutes on
 * either, the room refuses every password, a right one included, until the window has moved on. A
 * password of 6 characters among 47 cannot be found by guessing at that pace. Kept in memory on
 * each server (a restart forgets it; each node of a cluster counts its own).
 */
@ApplicationScoped
public class SupervisorAttempts {
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final int maxFailures =
      Settings.integer("opencrcn.certification.supervisor-attempts", 10);
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  /** Whether the session or the address has had too many failures lately. */
  public boolean blocked(long sessionNumber, String address, Instant now) {
    return count("session:" + sessionNumber, now) >= maxFailures
        || count("address:" + address, now) >= maxFailures;
  }

  public void failed(long sessionNumber, String address, Instant now) {
    add("session:" + sessionNumber, now);
    add("address:" + address, now);
  }

  private int count(String key, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return 0;
    }
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
        times.pollFirst();
      }
      return times.size();
    }
  }

  private void add(String key, Instant now) {
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      times.addLast(now);
    }
  }
}
