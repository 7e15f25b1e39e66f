package org.opencrcn.reliability;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The failover test of {@code ./reliability/failover.sh}: learners answer through the load balancer
 * in front of two WildFly nodes; one node is killed with SIGKILL while they answer, right after a
 * burst of acknowledged answers. They must go on on the other node with the same HTTP session (no
 * new sign-in: the OIDC tokens are in the distributed session), every acknowledged answer must be
 * in the database exactly once and fewer than 1 % of the requests may fail.
 *
 * <p>With {@code rolling=true} ({@code --rolling}), an upgrade instead of a death: each node in
 * turn is stopped cleanly (SIGTERM), gets the EAR {@code rolling.ear} in its deployments, starts
 * again and rejoins the cluster (its log or the other's says the sessions' cache was rebalanced
 * over both nodes) before the other one goes; the learners answer throughout. Same checks, counted
 * from the first stop; every learner must answer after the second node came back.
 *
 * <p>Settings are system properties (the script sets them): {@code app.url} (the balancer), for
 * each of {@code node1}, {@code node2} and {@code balancer}: {@code .home}, {@code .base}, {@code
 * .args}, {@code .java-opts}, {@code .group-file}, {@code .url} (an address that answers 200 once
 * it is up); {@code db.url}, {@code db.user}, {@code db.password}; {@code learners} (40), {@code
 * seconds-before-kill} (40), {@code seconds-after-kill} (60), {@code think-ms} (150), {@code seed}
 * (1).
 */
public final class FailoverTest {
  private static final int BURST = 5;

  private final CrashTest.Settings settings = new CrashTest.Settings();
  private final AnswerLedger ledger = new AnswerLedger();
  private final Crowd crowd = new Crowd("failover", settings.learners(ledger));
  private final WildFlyServer node1 = server("node1");
  private final WildFlyServer node2 = server("node2");
  private final WildFlyServer balancer = server("balancer");

  /** Each learner's acknowledged answers when node1 was killed. */
  private final Map<String, Integer> atKill = new ConcurrentHashMap<>();

  private long signInsAtKill;

  public static void main(String[] args) throws Exception {
    System.exit(new FailoverTest().run() ? 0 : 1);
  }

  private boolean run() throws Exception {
    try (crowd) {
      // One after the other: the first runs the migrations and the demo data on the empty schema.
      crowd.say("node1 up in %.1f s", node1.start(Duration.ofMinutes(10)));
      crowd.say(
          "node2 up in %.1f s (it joined node1's cluster)", node2.start(Duration.ofMinutes(10)));
      crowd.say("balancer up in %.1f s", balancer.start(Duration.ofMinutes(5)));
      long started = System.nanoTime();
      crowd.forEach(8, SimulatedLearner::register, "registration");
      crowd.say(
          "%d learners registered through the balancer in %.1f s",
          crowd.size(), (System.nanoTime() - started) / 1e9);
      if (Boolean.getBoolean("rolling")) {
        answerThroughTheRollingUpgrade();
      } else {
        answerThroughTheKill();
      }
    } finally {
      crowd.say("stopping the balancer and the nodes ...");
      balancer.stop();
      node2.stop();
      node1.stop();
    }
    return check();
  }

  private void answerThroughTheKill() throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicBoolean killed = new AtomicBoolean();
    List<Future<?>> running = startAnswering(stop, killed);
    Thread.sleep(TimeUnit.SECONDS.toMillis(Integer.getInteger("seconds-before-kill", 60)));
    long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while ((ledger.millisSinceLast() > 5 || ledger.acknowledgedWithin(1000) < BURST)
        && System.nanoTime() < waitUntil) {
      Thread.onSpinWait();
    }
    double sinceLast = ledger.millisSinceLast();
    int acknowledgedBefore = ledger.count();
    signInsAtKill = Browser.signIns();
    long requestsAtKill = Browser.requests();
    long failedAtKill = Browser.failed();
    killed.set(true);
    crowd
        .learners()
        .forEach(learner -> atKill.put(learner.username(), learner.answersAcknowledged()));
    node1.kill();
    crowd.say(
        "kill -9 node1: %d answers acknowledged before, the last one %.1f ms before SIGKILL;"
            + " %d requests so far, %d failed",
        acknowledgedBefore, sinceLast, requestsAtKill, failedAtKill);
    Thread.sleep(TimeUnit.SECONDS.toMillis(Integer.getInteger("seconds-after-kill", 60)));
    stop.set(true);
    crowd.awaitAll(running, "answering on node2");
    crowd.say(
        "after the kill: %d answers acknowledged on node2, %d requests, %d failed",
        ledger.count() - acknowledgedBefore,
        Browser.requests() - requestsAtKill,
        Browser.failed() - failedAtKill);
  }

  /**
   * Node1, then node2: stopped cleanly while the learners answer, the new EAR put in its
   * deployments, started again and back in the cluster before the other one goes.
   */
  private void answerThroughTheRollingUpgrade() throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicBoolean upgrading = new AtomicBoolean();
    List<Future<?>> running = startAnswering(stop, upgrading);
    Thread.sleep(TimeUnit.SECONDS.toMillis(Integer.getInteger("seconds-before-kill", 60)));
    signInsAtKill = Browser.signIns();
    long requestsAtFirstStop = Browser.requests();
    long failedAtFirstStop = Browser.failed();
    int acknowledgedBefore = ledger.count();
    upgrading.set(true);
    Path ear = Path.of(System.getProperty("rolling.ear"));
    upgrade("node1", node1, node2, ear);
    Thread.sleep(TimeUnit.SECONDS.toMillis(20));
    crowd
        .learners()
        .forEach(learner -> atKill.put(learner.username(), learner.answersAcknowledged()));
    upgrade("node2", node2, node1, ear);
    Thread.sleep(TimeUnit.SECONDS.toMillis(Integer.getInteger("seconds-after-kill", 60)));
    stop.set(true);
    crowd.awaitAll(running, "answering");
    crowd.say(
        "during and after the upgrade: %d answers acknowledged, %d requests, %d failed",
        ledger.count() - acknowledgedBefore,
        Browser.requests() - requestsAtFirstStop,
        Browser.failed() - failedAtFirstStop);
  }

  /** One node's turn: SIGTERM, the new EAR, start, and the sessions' cache over both nodes. */
  private void upgrade(String name, WildFlyServer node, WildFlyServer other, Path ear)
      throws Exception {
    long stopping = System.nanoTime();
    long acknowledged = ledger.count();
    node.stop();
    crowd.say("%s stopped (SIGTERM) in %.1f s", name, (System.nanoTime() - stopping) / 1e9);
    long[] logSizes = {node.logSize(), other.logSize()};
    Files.copy(
        ear,
        node.deployments().resolve("opencrcn.ear"),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.COPY_ATTRIBUTES);
    crowd.say("%s: new EAR in its deployments, starting ...", name);
    double seconds = node.start(Duration.ofMinutes(10));
    String rebalance = awaitSessionsOnBoth(node, other, logSizes, Duration.ofMinutes(2));
    crowd.say(
        "%s up again in %.1f s and back in the cluster (%s); %d answers acknowledged meanwhile",
        name, seconds, rebalance, ledger.count() - acknowledged);
  }

  /**
   * Infinispan's "finished rebalance" of the sessions' cache with both nodes as members, in either
   * node's log since the restart (the coordinator logs it).
   */
  private String awaitSessionsOnBoth(
      WildFlyServer node, WildFlyServer other, long[] logSizes, Duration timeout)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (String line : node.logSince(logSizes[0]).lines().toList()) {
        if (isSessionsRebalance(line)) {
          return line.substring(line.indexOf("ISPN100010"));
        }
      }
      for (String line : other.logSince(logSizes[1]).lines().toList()) {
        if (isSessionsRebalance(line)) {
          return line.substring(line.indexOf("ISPN100010"));
        }
      }
      Thread.sleep(500);
    }
    crowd.problem("no rebalance of the sessions' cache over both nodes within " + timeout);
    return "not seen";
  }

  private static boolean isSessionsRebalance(String line) {
    return line.contains("ISPN100010")
        && line.contains("opencrcn-web.war")
        && line.contains("node1")
        && line.contains("node2");
  }

  /** Every learner answers until {@code stop}; a failure before {@code expected} is a problem. */
  private List<Future<?>> startAnswering(AtomicBoolean stop, AtomicBoolean expected) {
    Duration think = settings.thinkTime();
    return crowd.startEach(
        learner -> {
          while (!stop.get()) {
            try {
              learner.answer(stop::get, Integer.MAX_VALUE, think);
            } catch (IOException | SimulatedLearner.UnexpectedPage failed) {
              if (!expected.get()) {
                crowd.problem(learner.username() + " failed before the first stop: " + failed);
              }
              resume(learner, stop);
            }
          }
        },
        "answering");
  }

  /** After a failed request: back to the test with "Reprendre", as a pupil would; a few tries. */
  private void resume(SimulatedLearner learner, AtomicBoolean stop) {
    for (int attempt = 1; ; attempt++) {
      try {
        ResumeCheck.Verdict verdict = learner.resume();
        if (!verdict.ok()) {
          crowd.problem(learner.username() + " resumed wrongly: " + verdict.reason());
        }
        return;
      } catch (IOException | SimulatedLearner.UnexpectedPage failed) {
        if (attempt == 5 || stop.get()) {
          crowd.problem(learner.username() + " could not resume: " + failed);
          return;
        }
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private boolean check() throws Exception {
    Map<AnswerKey, Integer> rows = settings.answerTable().rowsPerAnswer();
    Set<AnswerKey> acknowledged = ledger.acknowledged();
    long found = acknowledged.stream().filter(rows::containsKey).count();
    long duplicates =
        acknowledged.stream().filter(answer -> rows.getOrDefault(answer, 0) > 1).count();
    acknowledged.stream()
        .filter(answer -> !rows.containsKey(answer))
        .forEach(answer -> crowd.problem("acknowledged answer missing: " + answer));
    long signInsAfterKill = Browser.signIns() - signInsAtKill;
    if (signInsAfterKill > 0) {
      crowd.problem(signInsAfterKill + " sign-ins after the kill: sessions were lost");
    }
    crowd.learners().stream()
        .filter(
            learner -> learner.answersAcknowledged() <= atKill.getOrDefault(learner.username(), 0))
        .forEach(learner -> crowd.problem(learner.username() + " answered nothing after the kill"));
    long requests = Browser.requests();
    long failed = Browser.failed();
    if (failed * 100 >= requests) {
      crowd.problem(failed + " of " + requests + " requests failed (1 % at most)");
    }
    crowd.say(
        "duplicates: %d, sign-ins after the kill: %d, problems: %d",
        duplicates, signInsAfterKill, crowd.problems());
    System.out.printf(
        "learners=%d requests=%d failed=%d answers_acknowledged=%d answers_found=%d%n",
        crowd.size(), requests, failed, acknowledged.size(), found);
    return crowd.problems() == 0 && found == acknowledged.size() && duplicates == 0;
  }

  private static WildFlyServer server(String name) {
    return new WildFlyServer(
        Path.of(System.getProperty(name + ".home")),
        Path.of(System.getProperty(name + ".base")),
        Arrays.asList(System.getProperty(name + ".args", "").trim().split("\\s+")),
        System.getProperty(name + ".java-opts", ""),
        Path.of(System.getProperty(name + ".group-file")),
        URI.create(System.getProperty(name + ".url")));
  }
}
