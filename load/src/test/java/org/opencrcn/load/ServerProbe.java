package org.opencrcn.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * What the server did between two moments: SQL statements Hibernate prepared (its statistics, read
 * from WildFly's metrics on the management port) and CPU time of WildFly's Java process and of the
 * machine's PostgreSQL processes (from /proc, in clock ticks).
 */
final class ServerProbe {
  /** One reading. */
  record Reading(long nanos, long statements, long wildflyTicks, long postgresTicks) {}

  private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI metrics;
  private final long wildflyPid;
  private final Path metricsDirectory;
  private int readings;

  /**
   * @param metricsDirectory where each reading of the metrics is kept whole ({@code metrics-1.txt}
   *     at the burst's start, {@code metrics-2.txt} at its end: Hibernate's statistics per query,
   *     to see which statements an answer still costs)
   */
  ServerProbe(URI metrics, long wildflyPid, Path metricsDirectory) {
    this.metrics = metrics;
    this.wildflyPid = wildflyPid;
    this.metricsDirectory = metricsDirectory;
  }

  Reading read() {
    return new Reading(System.nanoTime(), statements(), ticks(wildflyPid), postgresTicks());
  }

  /**
   * Starts or stops a Java Flight Recorder recording of WildFly (jcmd, same user): where the
   * server's time goes during the burst, for {@code jfr view hot-methods}. Best effort: a missing
   * jcmd only loses the recording.
   */
  void flightRecording(String command, String options) {
    if (wildflyPid < 0) {
      return;
    }
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    try {
      new ProcessBuilder(jcmd, Long.toString(wildflyPid), command, options)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor();
    } catch (IOException e) {
      System.out.println("load: no flight recording (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** CPU used between two readings, in percent of the whole machine (every core). */
  static double cpuPercent(long ticks, Reading from, Reading to) {
    double seconds = (to.nanos() - from.nanos()) / 1e9;
    int cores = Runtime.getRuntime().availableProcessors();
    return seconds <= 0 ? 0 : 100.0 * ticks / TICKS_PER_SECOND / seconds / cores;
  }

  /** Hibernate's prepared statements of the application's persistence unit, -1 if not published. */
  private long statements() {
    try {
      String text =
          http.send(
                  HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(30)).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      if (metricsDirectory != null) {
        Files.writeString(metricsDirectory.resolve("metrics-" + ++readings + ".txt"), text);
      }
      long total = -1;
      for (String line : text.split("\n")) {
        if (line.startsWith("wildfly_jpa_prepared_statement_count")) {
          total =
              Math.max(total, 0)
                  + (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
      }
      return total;
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** utime + stime of a process; with {@code children}, also of its reaped children. */
  private static long ticks(long pid, boolean children) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      // After the command name in parentheses: field 3 onwards; utime is field 14.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return children ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
    } catch (IOException | RuntimeException gone) {
      return 0;
    }
  }

  private static long ticks(long pid) {
    return ticks(pid, false);
  }

  /**
   * Every PostgreSQL process (the server and its backends), plus what the server's exited children
   * used (counted in its own children's time once reaped).
   */
  private static long postgresTicks() {
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      return processes
          .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .mapToLong(
              p -> {
                try {
                  String comm = Files.readString(p.resolve("comm")).trim();
                  if (!comm.equals("postgres") && !comm.startsWith("postgres:")) {
                    return 0;
                  }
                  long pid = Long.parseLong(p.getFileName().toString());
                  boolean server = !Files.readString(p.resolve("cmdline")).contains("postgres:");
                  return ticks(pid, server);
                } catch (IOException | RuntimeException gone) {
                  return 0;
                }
              })
          .sum();
    } catch (IOException e) {
      return 0;
    }
  }
}
