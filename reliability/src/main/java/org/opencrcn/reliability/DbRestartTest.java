package org.opencrcn.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database restart test of {@code ./reliability/db-restart.sh}: learners answer through the
 * real pages on PostgreSQL; PostgreSQL is stopped, left down a while, started again; WildFly keeps
 * running. Meanwhile every request must fail cleanly (the translated error page, no stack trace, no
 * half-written answer), and the application must recover by itself once PostgreSQL is back.
 *
 * <p>Settings: those of {@link CrashTest} plus {@code db.stop-command} and {@code db.start-command}
 * (shell commands), {@code seconds-before} (20), {@code outage-seconds} (15), {@code seconds-after}
 * (20). Learners default to 30 here.
 */
public final class DbRestartTest {
  private final CrashTest.Settings settings = new CrashTest.Settings();
  private final AnswerLedger ledger = new AnswerLedger();
  private final Crowd crowd = new Crowd("db-restart", settings.learners(ledger));
  private final WildFlyServer server = settings.server();
  private final ConcurrentLinkedQueue<ResumeCheck.CutAnswer> failedAnswers =
      new ConcurrentLinkedQueue<>();
  private final AtomicInteger failedDuringOutage = new AtomicInteger();
  private final AtomicLong firstAckAfterRestart = new AtomicLong();
  private final AtomicBoolean improperPageKept = new AtomicBoolean();
  private volatile boolean outage;
  private volatile long restartedAt;

  public static void main(String[] args) throws Exception {
    System.exit(new DbRestartTest().run() ? 0 : 1);
  }

  private boolean run() throws Exception {
    double recoveredAfter;
    try (crowd) {
      crowd.say("starting WildFly ...");
      crowd.say("WildFly up in %.1f s", server.start(Duration.ofMinutes(10)));
      crowd.forEach(8, SimulatedLearner::register, "registration");
      crowd.say("%d learners registered", crowd.size());
      AtomicBoolean stop = new AtomicBoolean();
      List<Future<?>> running =
          crowd.startEach(learner -> keepAnswering(learner, stop), "answering");
      Thread.sleep(Duration.ofSeconds(Integer.getInteger("seconds-before", 20)).toMillis());
      int before = ledger.count();
      outage = true;
      shell(System.getProperty("db.stop-command"));
      crowd.say("PostgreSQL stopped after %d acknowledged answers", before);
      Thread.sleep(Duration.ofSeconds(Integer.getInteger("outage-seconds", 15)).toMillis());
      shell(System.getProperty("db.start-command"));
      restartedAt = System.nanoTime();
      crowd.say(
          "PostgreSQL started again; %d requests failed while it was down",
          failedDuringOutage.get());
      long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      while (firstAckAfterRestart.get() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      outage = false;
      if (firstAckAfterRestart.get() == 0) {
        crowd.problem("no answer was acknowledged in the 3 minutes after PostgreSQL restarted");
        recoveredAfter = -1;
      } else {
        recoveredAfter = (firstAckAfterRestart.get() - restartedAt) / 1e9;
        crowd.say("first answer acknowledged %.1f s after PostgreSQL started", recoveredAfter);
      }
      Thread.sleep(Duration.ofSeconds(Integer.getInteger("seconds-after", 20)).toMillis());
      stop.set(true);
      crowd.awaitAll(running, "answering");
      crowd.forEach(
          10,
          learner -> {
            ResumeCheck.Verdict verdict = learner.resume();
            if (!verdict.ok()) {
              crowd.problem(learner.username() + " resumed wrongly: " + verdict.reason());
            }
            verdict.cutAnswer().ifPresent(failedAnswers::add);
          },
          "resume");
    } finally {
      crowd.say("stopping WildFly ...");
      server.stop();
    }
    return check(recoveredAfter);
  }

  /**
   * Answers until told to stop; after an error page, waits a second and starts again from the
   * dashboard, as a learner would.
   */
  private void keepAnswering(SimulatedLearner learner, AtomicBoolean stop)
      throws InterruptedException {
    while (!stop.get()) {
      try {
        int before = learner.answersAcknowledged();
        learner.answer(stop::get, 1, settings.thinkTime());
        if (learner.answersAcknowledged() > before && restartedAt != 0) {
          firstAckAfterRestart.compareAndSet(0, System.nanoTime());
        }
        continue;
      } catch (SimulatedLearner.UnexpectedPage failed) {
        failed(learner, failed.getMessage(), failed.page());
      } catch (IOException | RuntimeException failed) {
        failed(learner, failed.toString(), null);
      }
      while (!stop.get()) {
        Thread.sleep(1000);
        try {
          learner.resume().cutAnswer().ifPresent(failedAnswers::add);
          break;
        } catch (SimulatedLearner.UnexpectedPage failed) {
          failed(learner, failed.getMessage(), failed.page());
        } catch (IOException | RuntimeException failed) {
          failed(learner, failed.toString(), null);
        }
      }
    }
  }

  /** A failed request: expected while the database is down, if the page says so properly. */
  private void failed(SimulatedLearner learner, String what, HtmlPage page) {
    if (!outage) {
      crowd.problem(learner.username() + " failed outside the outage: " + what);
      return;
    }
    failedDuringOutage.incrementAndGet();
    if (page == null) {
      crowd.problem(learner.username() + " got no page during the outage: " + what);
    } else if (!ErrorPageCheck.clean(page)) {
      crowd.problem(learner.username() + " got an improper error page during the outage: " + what);
      keepFirstImproperPage(page);
    }
  }

  /** Writes the first improper page where the script says, so that a failure can be read. */
  private void keepFirstImproperPage(HtmlPage page) {
    String file = System.getProperty("improper-page-file");
    if (file != null && improperPageKept.compareAndSet(false, true)) {
      try {
        Files.writeString(Path.of(file), page.html());
      } catch (IOException notWritten) {
        crowd.say("could not write %s: %s", file, notWritten);
      }
    }
  }

  private boolean check(double recoveredAfter) throws Exception {
    Map<AnswerKey, Integer> rows = settings.answerTable().rowsPerAnswer();
    Set<AnswerKey> acknowledged = ledger.acknowledged();
    long lost = acknowledged.stream().filter(answer -> !rows.containsKey(answer)).count();
    if (lost > 0) {
      crowd.problem(lost + " acknowledged answers missing from the database");
    }
    long duplicates = rows.values().stream().filter(count -> count > 1).count();
    if (duplicates > 0) {
      crowd.problem(duplicates + " answers recorded twice");
    }
    for (ResumeCheck.CutAnswer cut : failedAnswers) {
      boolean recorded = rows.containsKey(cut.answer());
      boolean answeredLater = acknowledged.contains(cut.answer());
      if (cut.mustBeRecorded() ? !recorded : recorded && !answeredLater) {
        crowd.problem("half-written answer: " + cut.answer());
      }
    }
    crowd.say(
        "answers acknowledged: %d, found: %d; problems: %d",
        acknowledged.size(), acknowledged.size() - lost, crowd.problems());
    System.out.printf(
        "requests=%d failed_during_outage=%d recovered_after_s=%.1f answers_lost=%d%n",
        Browser.requests(), failedDuringOutage.get(), recoveredAfter, lost);
    return crowd.problems() == 0 && lost == 0;
  }

  private static void shell(String command) throws IOException, InterruptedException {
    int status = new ProcessBuilder("sh", "-c", command).inheritIO().start().waitFor();
    if (status != 0) {
      throw new IOException("'" + command + "' failed with status " + status);
    }
  }
}
