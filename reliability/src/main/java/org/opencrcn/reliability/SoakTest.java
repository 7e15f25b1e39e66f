package org.opencrcn.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak test of {@code ./reliability/soak.sh}: learners answer positioning questions without end
 * (the benchmark's answer path, real pages) for {@code minutes} on one WildFly; the heap after a
 * full GC, the data source pool's in-use and active connections and the web sessions alive are
 * sampled at the start (once every learner is registered and answering), every minute and at the
 * end, from WildFly's /metrics. A learner whose test ends starts the next competence; one who has
 * taken every test signs out, as a pupil leaving the computer does, and a new one takes the seat.
 * At the end, the heap a learner leaves behind without signing out is measured ({@code visitors},
 * 60, sign in, answer 15 questions, then sign out). Settings: those of {@link CrashTest.Settings},
 * {@code metrics.url}, {@code minutes} (30), {@code learners} (40), {@code think-ms} (1000).
 */
public final class SoakTest {
  private static final Pattern HEAP =
      Pattern.compile("(?m)^base_memory_usedHeap_bytes(?:\\{[^}]*})? ([0-9.eE+]+)$");
  private static final Pattern IN_USE =
      Pattern.compile(
          "(?m)^wildfly_datasources_pool_in_use_count\\{[^}]*data_source=\"OpenCrcnDS\"[^}]*} ([0-9.eE+]+)$");
  private static final Pattern ACTIVE =
      Pattern.compile(
          "(?m)^wildfly_datasources_pool_active_count\\{[^}]*data_source=\"OpenCrcnDS\"[^}]*} ([0-9.eE+]+)$");
  private static final Pattern SESSIONS =
      Pattern.compile(
          "(?m)^wildfly_undertow_active_sessions\\{[^}]*opencrcn-web\\.war[^}]*} ([0-9.eE+]+)$");

  private final CrashTest.Settings settings = new CrashTest.Settings();
  private final AnswerLedger ledger = new AnswerLedger();
  private final Crowd crowd = new Crowd("soak", settings.learners(ledger));
  private final WildFlyServer server = settings.server();
  private final URI metrics = URI.create(System.getProperty("metrics.url"));
  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicInteger newcomers = new AtomicInteger();

  /** One sample: heap after GC, pool connections in use and active, web sessions alive. */
  record Sample(long heapBytes, long inUse, long active, long sessions) {
    long heapMb() {
      return heapBytes / (1024 * 1024);
    }

    String pool() {
      return inUse + "/" + active;
    }
  }

  public static void main(String[] args) throws Exception {
    System.exit(new SoakTest().run() ? 0 : 1);
  }

  private boolean run() throws Exception {
    int minutes = Integer.getInteger("minutes", 30);
    Sample start;
    Sample end;
    long sessionKb;
    int seatsGiven;
    long errorsAtStart;
    try (crowd) {
      crowd.say("WildFly up in %.1f s", server.start(Duration.ofMinutes(10)));
      crowd.forEach(8, SimulatedLearner::register, "registration");
      crowd.say("%d learners registered", crowd.size());
      AtomicBoolean stop = new AtomicBoolean();
      Duration think = settings.thinkTime();
      List<Future<?>> running =
          crowd.startEach(
              first -> {
                SimulatedLearner learner = first;
                while (!stop.get()) {
                  try {
                    learner.answer(stop::get, Integer.MAX_VALUE, think);
                  } catch (IOException | SimulatedLearner.UnexpectedPage failed) {
                    if (String.valueOf(failed.getMessage())
                        .startsWith("every competence completed")) {
                      // This pupil has taken every test, signs out and a new one takes the seat.
                      learner.signOut();
                      learner = newcomer();
                      continue;
                    }
                    crowd.problem(learner.username() + ": " + failed);
                    if (!stop.get()) {
                      learner.resume();
                    }
                  }
                }
              },
              "answering");
      Thread.sleep(TimeUnit.SECONDS.toMillis(20));
      errorsAtStart = Browser.failed();
      start = sample();
      long requestsAtStart = Browser.requests();
      crowd.say(
          "start: heap after GC %d MB, pool in use/active %s, sessions %d",
          start.heapMb(), start.pool(), start.sessions());
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
      while (System.nanoTime() < deadline) {
        Thread.sleep(Math.min(60_000, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
        Sample now = sample();
        crowd.say(
            "%d requests, %d answers acknowledged, %d failed; heap after GC %d MB, sessions %d,"
                + " pool %s, learners who gave their seat %d",
            Browser.requests() - requestsAtStart,
            ledger.count(),
            Browser.failed(),
            now.heapMb(),
            now.sessions(),
            now.pool(),
            newcomers.get());
      }
      end = sample();
      stop.set(true);
      crowd.awaitAll(running, "answering");
      seatsGiven = newcomers.get();
      sessionKb = sessionFootprintKb(Integer.getInteger("visitors", 60));
    } finally {
      server.stop();
    }
    long errors = Browser.failed();
    crowd.say(
        "answers acknowledged: %d, learners who took every test and gave their seat: %d,"
            + " failed requests before the start sample: %d, problems: %d",
        ledger.count(), seatsGiven, errorsAtStart, crowd.problems());
    System.out.printf(
        "minutes=%d requests=%d errors=%d heap_start_mb=%d heap_end_mb=%d pool_start=%s"
            + " pool_end=%s sessions_start=%d sessions_end=%d session_kb=%d%n",
        minutes,
        Browser.requests(),
        errors,
        start.heapMb(),
        end.heapMb(),
        start.pool(),
        end.pool(),
        start.sessions(),
        end.sessions(),
        sessionKb);
    return errors == 0 && crowd.problems() == 0;
  }

  /**
   * What a learner who leaves without signing out costs until the session times out: {@code
   * visitors} new learners register and answer {@code visitor-answers} questions (Faces views in
   * their session), the heap after GC is read with them all still signed in, then they sign out and
   * it is read again. Returns the heap per session left behind, in KB.
   */
  private long sessionFootprintKb(int visitors) throws Exception {
    // Mojarra keeps up to 15 views per session by default: 15 answered questions fill it.
    int answers = Integer.getInteger("visitor-answers", 15);
    Sample before = sample();
    List<SimulatedLearner> left = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<SimulatedLearner>> arriving = new ArrayList<>();
      for (int i = 0; i < visitors; i++) {
        arriving.add(
            pool.submit(
                () -> {
                  SimulatedLearner visitor = newcomer();
                  visitor.answer(() -> false, answers, Duration.ZERO);
                  return visitor;
                }));
      }
      for (Future<SimulatedLearner> visitor : arriving) {
        left.add(visitor.get());
      }
      Sample signedIn = sample();
      for (SimulatedLearner visitor : left) {
        visitor.signOut();
      }
      Sample signedOut = sample();
      long sessions = signedIn.sessions() - before.sessions();
      long kb = sessions > 0 ? (signedIn.heapBytes() - before.heapBytes()) / 1024 / sessions : 0;
      crowd.say(
          "%d visitors who answered %d questions: heap after GC %d MB, sessions %d, signed in"
              + " %d MB, %d sessions (%d KB each); all signed out %d MB, %d sessions",
          visitors,
          answers,
          before.heapMb(),
          before.sessions(),
          signedIn.heapMb(),
          signedIn.sessions(),
          kb,
          signedOut.heapMb(),
          signedOut.sessions());
      return kb;
    } finally {
      pool.shutdownNow();
    }
  }

  /** A new learner (numbered after the first ones), registered on Keycloak's form. */
  private SimulatedLearner newcomer() throws IOException, SimulatedLearner.UnexpectedPage {
    int number = crowd.size() + newcomers.incrementAndGet();
    SimulatedLearner learner =
        new SimulatedLearner(number, settings.app, ledger, Long.getLong("seed", 1));
    learner.register();
    return learner;
  }

  /** A full GC in WildFly (jcmd), then its /metrics. */
  private Sample sample() throws IOException, InterruptedException {
    Process gc =
        new ProcessBuilder(
                System.getProperty("java.home") + "/bin/jcmd",
                Long.toString(server.javaPid()),
                "GC.run")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    gc.waitFor(60, TimeUnit.SECONDS);
    String text = metricsText();
    return new Sample(
        (long) value(HEAP, text),
        (long) value(IN_USE, text),
        (long) value(ACTIVE, text),
        (long) value(SESSIONS, text));
  }

  /**
   * WildFly's /metrics; on a loaded machine the first scrape (or one right after a full GC) can
   * take longer than a minute: a slow answer is waited for, and a timeout tried again twice.
   */
  private String metricsText() throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return http.send(
                HttpRequest.newBuilder(metrics).timeout(Duration.ofMinutes(2)).GET().build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
      } catch (java.net.http.HttpTimeoutException slow) {
        if (attempt == 3) {
          throw slow;
        }
        crowd.say("/metrics did not answer within 2 minutes; asking again");
      }
    }
  }

  private static double value(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      throw new IllegalStateException("Not in /metrics: " + pattern);
    }
    return Double.parseDouble(matcher.group(1));
  }
}
