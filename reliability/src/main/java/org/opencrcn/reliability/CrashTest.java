package org.opencrcn.reliability;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The crash test of {@code ./reliability/crash.sh}: learners answer through the real pages, WildFly
 * is killed with SIGKILL right after a burst of acknowledged answers, restarted, and each learner
 * resumes; at the end every acknowledged answer must be in the database exactly once.
 *
 * <p>Settings are system properties (the script sets them): {@code app.url}, {@code wildfly.home},
 * {@code wildfly.base}, {@code wildfly.args}, {@code wildfly.java-opts}, {@code
 * wildfly.group-file}, {@code db.url}, {@code db.user}, {@code db.password}, and {@code learners}
 * (100), {@code kills} (2), {@code seconds-between-kills} (30), {@code think-ms} (150), {@code
 * seed} (1).
 */
public final class CrashTest {
  /** How many acknowledgements within a second make the burst after which WildFly is killed. */
  private static final int BURST = 5;

  private final URI app = URI.create(required("app.url"));
  private final int learnerCount = Integer.getInteger("learners", 100);
  private final int kills = Integer.getInteger("kills", 2);
  private final Duration betweenKills =
      Duration.ofSeconds(Integer.getInteger("seconds-between-kills", 30));
  private final Duration thinkTime = Duration.ofMillis(Integer.getInteger("think-ms", 150));
  private final AnswerLedger ledger = new AnswerLedger();
  private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<ResumeCheck.CutAnswer> cutAnswers =
      new ConcurrentLinkedQueue<>();
  private final WildFlyServer server =
      new WildFlyServer(
          Path.of(required("wildfly.home")),
          Path.of(required("wildfly.base")),
          Arrays.asList(System.getProperty("wildfly.args", "").trim().split("\\s+")),
          System.getProperty("wildfly.java-opts", ""),
          Path.of(required("wildfly.group-file")),
          app);

  private int resumes;
  private int resumedOk;
  private int stuck;

  public static void main(String[] args) throws Exception {
    System.exit(new CrashTest().run() ? 0 : 1);
  }

  private boolean run() throws Exception {
    say("starting WildFly ...");
    say("WildFly up in %.1f s", server.start(Duration.ofMinutes(10)));
    List<SimulatedLearner> learners = new ArrayList<>();
    long seed = Long.getLong("seed", 1);
    for (int i = 1; i <= learnerCount; i++) {
      learners.add(new SimulatedLearner(i, app, ledger, seed));
    }
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      long started = System.nanoTime();
      forEach(threads, learners, 8, SimulatedLearner::register, "registration");
      say(
          "%d learners registered on Keycloak's form in %.1f s",
          learners.size(), (System.nanoTime() - started) / 1e9);
      for (int kill = 1; kill <= kills; kill++) {
        answerThenKill(threads, learners, kill);
        say("restarting WildFly ...");
        say("WildFly up again in %.1f s", server.start(Duration.ofMinutes(10)));
        resumeAll(threads, learners);
      }
      finalAnswers(threads, learners);
    } finally {
      say("stopping WildFly ...");
      server.stop();
    }
    return check();
  }

  private void answerThenKill(ExecutorService threads, List<SimulatedLearner> learners, int kill)
      throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    int before = ledger.count();
    List<Future<?>> running = new ArrayList<>();
    for (SimulatedLearner learner : learners) {
      running.add(
          threads.submit(
              () -> {
                try {
                  learner.answer(stop::get, Integer.MAX_VALUE, thinkTime);
                } catch (SimulatedLearner.UnexpectedPage | RuntimeException unexpected) {
                  problem(learner.username() + ": " + unexpected);
                }
                return null;
              }));
    }
    Thread.sleep(betweenKills.toMillis());
    // Right after a burst: an answer acknowledged a moment ago, several in the last second.
    long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while ((ledger.millisSinceLast() > 5 || ledger.acknowledgedWithin(1000) < BURST)
        && System.nanoTime() < waitUntil) {
      Thread.onSpinWait();
    }
    double sinceLast = ledger.millisSinceLast();
    int burst = ledger.acknowledgedWithin(1000);
    server.kill();
    stop.set(true);
    say(
        "kill -9 #%d: %d answers acknowledged since the last start, %d of them in the last second,"
            + " the last one %.1f ms before SIGKILL",
        kill, ledger.count() - before, burst, sinceLast);
    awaitAll(running, "answering when WildFly was killed");
  }

  private void resumeAll(ExecutorService threads, List<SimulatedLearner> learners)
      throws Exception {
    int okBefore = resumedOk;
    forEach(
        threads,
        learners,
        10,
        learner -> {
          ResumeCheck.Verdict verdict = learner.resume();
          synchronized (this) {
            resumes++;
            if (verdict.ok()) {
              resumedOk++;
            } else {
              problem(learner.username() + " resumed wrongly: " + verdict.reason());
            }
          }
          verdict.cutAnswer().ifPresent(cutAnswers::add);
        },
        "resume");
    say("%d of %d learners resumed at the right question", resumedOk - okBefore, learners.size());
  }

  /** Every learner answers a few more questions: no test is stuck after the crashes. */
  private void finalAnswers(ExecutorService threads, List<SimulatedLearner> learners)
      throws Exception {
    int more = Integer.getInteger("final-answers", 2);
    forEach(
        threads,
        learners,
        learners.size(),
        learner -> {
          int before = learner.answersAcknowledged();
          learner.answer(() -> false, more, thinkTime);
          if (learner.answersAcknowledged() - before < more) {
            synchronized (this) {
              stuck++;
            }
            problem(learner.username() + " could not answer after the restarts");
          }
        },
        "answers after the last restart");
    say(
        "after the last restart, every learner answered %d more questions (stuck: %d)",
        more, stuck);
  }

  private boolean check() throws Exception {
    Map<AnswerKey, Integer> rows =
        new AnswerTable(
                required("db.url"),
                System.getProperty("db.user", ""),
                System.getProperty("db.password", ""))
            .rowsPerAnswer();
    Set<AnswerKey> acknowledged = ledger.acknowledged();
    long found = acknowledged.stream().filter(rows::containsKey).count();
    long duplicates = rows.values().stream().filter(count -> count > 1).count();
    acknowledged.stream()
        .filter(answer -> !rows.containsKey(answer))
        .forEach(answer -> problem("acknowledged answer missing from the database: " + answer));
    int cutRecorded = 0;
    for (ResumeCheck.CutAnswer cut : cutAnswers) {
      boolean recorded = rows.containsKey(cut.answer());
      cutRecorded += recorded ? 1 : 0;
      if (recorded != cut.mustBeRecorded()) {
        resumedOk--;
        problem(
            "answer cut by the crash "
                + cut.answer()
                + (recorded
                    ? " is recorded but its question was asked again"
                    : " is not recorded but the test moved on"));
      }
    }
    say(
        "answers cut by a crash (sent, no response): %d, of which committed: %d; problems: %d",
        cutAnswers.size(), cutRecorded, problems.size());
    System.out.printf(
        "learners=%d answers_acknowledged=%d answers_found=%d duplicates=%d resumed_ok=%d/%d%n",
        learnerCount, acknowledged.size(), found, duplicates, resumedOk, resumes);
    return problems.isEmpty() && found == acknowledged.size() && duplicates == 0 && stuck == 0;
  }

  /** A learner step that may fail. */
  private interface LearnerTask {
    void run(SimulatedLearner learner) throws Exception;
  }

  /** Runs the task for every learner, at most {@code parallel} at once, and waits for all. */
  private void forEach(
      ExecutorService threads,
      List<SimulatedLearner> learners,
      int parallel,
      LearnerTask task,
      String what)
      throws Exception {
    Semaphore slots = new Semaphore(parallel);
    List<Future<?>> running = new ArrayList<>();
    for (SimulatedLearner learner : learners) {
      running.add(
          threads.submit(
              () -> {
                slots.acquire();
                try {
                  task.run(learner);
                } catch (Exception e) {
                  problem(learner.username() + " (" + what + "): " + e);
                } finally {
                  slots.release();
                }
                return null;
              }));
    }
    awaitAll(running, what);
  }

  /** Waits for every learner; one still busy after two minutes is stuck. */
  private void awaitAll(List<Future<?>> running, String what) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    for (Future<?> learner : running) {
      try {
        learner.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        stuck++;
        problem("a learner is stuck (" + what + ")");
        learner.cancel(true);
      }
    }
  }

  private void problem(String problem) {
    problems.add(problem);
    say("PROBLEM %s", problem);
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Missing system property " + property);
    }
    return value;
  }

  static void say(String format, Object... args) {
    System.out.printf("crash: " + format + "%n", args);
  }
}
