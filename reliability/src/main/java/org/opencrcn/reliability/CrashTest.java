package org.opencrcn.reliability;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The crash test of {@code ./reliability/crash.sh}: learners answer through the real pages, WildFly
 * is killed with SIGKILL right after a burst of acknowledged answers, restarted, and each learner
 * resumes; at the end every acknowledged answer must be in the database exactly once.
 *
 * <p>Settings are system properties (the script sets them): {@code app.url}, {@code wildfly.home},
 * {@code wildfly.base}, {@code wildfly.args}, {@code wildfly.java-opts}, {@code
 * wildfly.group-file}, {@code db.url}, {@code db.user}, {@code db.password}, and {@code learners}
 * (100), {@code kills} (2), {@code seconds-between-kills} (30), {@code think-ms} (150), {@code
 * seed} (1), {@code certification-candidates} (20: the first learners sit a certification test
 * before going on with positioning) and {@code certification-think-ms} (4000: a candidate's test
 * spans the first kill).
 */
public final class CrashTest {
  /** How many acknowledgements within a second make the burst after which WildFly is killed. */
  private static final int BURST = 5;

  private final Settings settings = new Settings();
  private final int kills = Integer.getInteger("kills", 2);
  private final Duration betweenKills =
      Duration.ofSeconds(Integer.getInteger("seconds-between-kills", 30));
  private final AnswerLedger ledger = new AnswerLedger();
  private final Crowd crowd = new Crowd("crash", settings.learners(ledger));
  private final ConcurrentLinkedQueue<ResumeCheck.CutAnswer> cutAnswers =
      new ConcurrentLinkedQueue<>();
  private final WildFlyServer server = settings.server();
  private final AtomicInteger resumes = new AtomicInteger();
  private final AtomicInteger resumedOk = new AtomicInteger();
  private final AnswerLedger certificationLedger = new AnswerLedger();
  private final int candidates =
      Math.min(Integer.getInteger("certification-candidates", 20), crowd.size());
  private final ConcurrentLinkedQueue<ResumeCheck.CutAnswer> cutCertificationAnswers =
      new ConcurrentLinkedQueue<>();
  private final AtomicInteger certificationResumes = new AtomicInteger();
  private final AtomicInteger certificationResumedOk = new AtomicInteger();
  private SittingCodes sitting;

  public static void main(String[] args) throws Exception {
    System.exit(new CrashTest().run() ? 0 : 1);
  }

  private boolean run() throws Exception {
    try (crowd) {
      crowd.say("starting WildFly ...");
      crowd.say("WildFly up in %.1f s", server.start(Duration.ofMinutes(10)));
      long started = System.nanoTime();
      crowd.forEach(8, SimulatedLearner::register, "registration");
      crowd.say(
          "%d learners registered on Keycloak's form in %.1f s",
          crowd.size(), (System.nanoTime() - started) / 1e9);
      if (candidates > 0) {
        certificationMorning();
      }
      for (int kill = 1; kill <= kills; kill++) {
        answerThenKill(kill);
        crowd.say("restarting WildFly ...");
        crowd.say("WildFly up again in %.1f s", server.start(Duration.ofMinutes(10)));
        resumeAll();
      }
      finalAnswers();
    } finally {
      crowd.say("stopping WildFly ...");
      server.stop();
    }
    return check();
  }

  /**
   * The centre's session and the candidates' certifiable profiles are written while WildFly is
   * stopped (the accounts exist once the learners have signed in); then the candidates join through
   * the joining page and the supervisor admits them in the room.
   */
  private void certificationMorning() throws Exception {
    crowd.say("stopping WildFly to write the certification session ...");
    server.stop();
    List<CandidateIdentity> identities = new ArrayList<>();
    for (int number = 1; number <= candidates; number++) {
      identities.add(CandidateIdentity.of(number));
    }
    sitting = settings.certificationData().prepare(identities);
    for (int number = 1; number <= candidates; number++) {
      crowd
          .learners()
          .get(number - 1)
          .enrol(
              sitting,
              identities.get(number - 1),
              certificationLedger,
              Duration.ofMillis(Integer.getInteger("certification-think-ms", 4000)));
    }
    crowd.say("WildFly up again in %.1f s", server.start(Duration.ofMinutes(10)));
    crowd.forEach(crowd.size(), SimulatedLearner::afterRestart, "after the clean restart");
    crowd.forEach(10, SimulatedLearner::joinCertification, "joining the certification");
    int admitted = new Supervisor(settings.app, sitting).admitAll();
    crowd.say(
        "certification session %d: %d candidates joined on the joining page, %d admitted by the"
            + " supervisor in the room",
        sitting.sessionNumber(), candidates, admitted);
  }

  private void answerThenKill(int kill) throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicBoolean killed = new AtomicBoolean();
    int before = ledger.count();
    int certificationBefore = certificationLedger.count();
    List<Future<?>> running =
        crowd.startEach(
            learner -> {
              try {
                learner.answer(stop::get, Integer.MAX_VALUE, settings.thinkTime());
              } catch (IOException crashed) {
                // Expected once WildFly is killed (what was in flight is checked at the resume);
                // a problem before.
                if (!killed.get()) {
                  crowd.problem(
                      learner.username() + " lost its connection before the kill: " + crashed);
                }
              }
            },
            "answering");
    Thread.sleep(betweenKills.toMillis());
    // Right after a burst: an answer acknowledged a moment ago, several in the last second.
    long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while ((ledger.millisSinceLast() > 5 || ledger.acknowledgedWithin(1000) < BURST)
        && System.nanoTime() < waitUntil) {
      Thread.onSpinWait();
    }
    double sinceLast = ledger.millisSinceLast();
    int burst = ledger.acknowledgedWithin(1000);
    killed.set(true);
    server.kill();
    stop.set(true);
    crowd.say(
        "kill -9 #%d: %d answers acknowledged since the last start, %d of them in the last second,"
            + " the last one %.1f ms before SIGKILL; certification answers acknowledged since: %d,"
            + " the last one %.0f ms before",
        kill,
        ledger.count() - before,
        burst,
        sinceLast,
        certificationLedger.count() - certificationBefore,
        certificationLedger.millisSinceLast());
    crowd.awaitAll(running, "answering when WildFly was killed");
  }

  private void resumeAll() throws Exception {
    int okBefore = resumedOk.get();
    if (sitting != null) {
      // The killed server lost every browser's session: the test sees another browser.
      crowd.say(
          "the supervisor allowed %d candidates to resume",
          new Supervisor(settings.app, sitting).allowResumeAll());
    }
    crowd.forEach(
        10,
        learner -> {
          boolean certification = learner.inCertification();
          ResumeCheck.Verdict verdict = learner.resume();
          resumes.incrementAndGet();
          if (certification) {
            certificationResumes.incrementAndGet();
          }
          if (verdict.ok()) {
            resumedOk.incrementAndGet();
            if (certification) {
              certificationResumedOk.incrementAndGet();
            }
          } else {
            crowd.problem(learner.username() + " resumed wrongly: " + verdict.reason());
          }
          verdict
              .cutAnswer()
              .ifPresent(certification ? cutCertificationAnswers::add : cutAnswers::add);
        },
        "resume");
    crowd.say(
        "%d of %d learners resumed at the right question",
        resumedOk.get() - okBefore, crowd.size());
  }

  /** Every learner answers a few more questions: no test is stuck after the crashes. */
  private void finalAnswers() {
    int more = Integer.getInteger("final-answers", 2);
    crowd.forEach(
        crowd.size(),
        learner -> {
          int before = learner.answersAcknowledged();
          learner.answer(() -> false, more, settings.thinkTime());
          if (learner.answersAcknowledged() - before < more) {
            crowd.countStuck();
            crowd.problem(learner.username() + " could not answer after the restarts");
          }
        },
        "answers after the last restart");
    crowd.say(
        "after the last restart, every learner answered %d more questions (stuck: %d)",
        more, crowd.stuck());
  }

  private boolean check() throws Exception {
    AnswerTable table = settings.answerTable();
    Checked positioning = check("answer", table.rowsPerAnswer(), ledger, cutAnswers, resumedOk);
    Checked certification =
        check(
            "certification answer",
            table.certificationRowsPerAnswer(),
            certificationLedger,
            cutCertificationAnswers,
            certificationResumedOk);
    System.out.printf(
        "learners=%d answers_acknowledged=%d answers_found=%d duplicates=%d resumed_ok=%d/%d"
            + " certification_candidates=%d certification_acknowledged=%d certification_found=%d"
            + " certification_duplicates=%d certification_resumed_ok=%d/%d%n",
        crowd.size(),
        positioning.acknowledged(),
        positioning.found(),
        positioning.duplicates(),
        resumedOk.get(),
        resumes.get(),
        candidates,
        certification.acknowledged(),
        certification.found(),
        certification.duplicates(),
        certificationResumedOk.get(),
        certificationResumes.get());
    return crowd.problems() == 0
        && positioning.complete()
        && certification.complete()
        && crowd.stuck() == 0;
  }

  /** What the database says of one kind of answers. */
  private record Checked(int acknowledged, long found, long duplicates) {
    boolean complete() {
      return found == acknowledged && duplicates == 0;
    }
  }

  private Checked check(
      String what,
      Map<AnswerKey, Integer> rows,
      AnswerLedger answers,
      ConcurrentLinkedQueue<ResumeCheck.CutAnswer> cuts,
      AtomicInteger okResumes) {
    Set<AnswerKey> acknowledged = answers.acknowledged();
    long found = acknowledged.stream().filter(rows::containsKey).count();
    long duplicates = rows.values().stream().filter(count -> count > 1).count();
    acknowledged.stream()
        .filter(answer -> !rows.containsKey(answer))
        .forEach(
            answer ->
                crowd.problem("acknowledged " + what + " missing from the database: " + answer));
    int cutRecorded = 0;
    for (ResumeCheck.CutAnswer cut : cuts) {
      boolean recorded = rows.containsKey(cut.answer());
      // Asked again and answered after the resume: recorded by that later, acknowledged answer.
      boolean answeredLater = acknowledged.contains(cut.answer());
      cutRecorded += recorded && !answeredLater ? 1 : 0;
      if (cut.mustBeRecorded() ? !recorded : recorded && !answeredLater) {
        okResumes.decrementAndGet();
        if (okResumes == certificationResumedOk) {
          resumedOk.decrementAndGet(); // counted in both
        }
        crowd.problem(
            what
                + " cut by the crash "
                + cut.answer()
                + (recorded
                    ? " is recorded but its question was asked again"
                    : " is not recorded but the test moved on"));
      }
    }
    crowd.say(
        "%ss cut by a crash (sent, no response): %d, of which committed before it: %d;"
            + " problems so far: %d",
        what, cuts.size(), cutRecorded, crowd.problems());
    return new Checked(acknowledged.size(), found, duplicates);
  }

  /** The settings the scripts pass as system properties. */
  static final class Settings {
    final URI app = URI.create(required("app.url"));

    WildFlyServer server() {
      return new WildFlyServer(
          Path.of(required("wildfly.home")),
          Path.of(required("wildfly.base")),
          Arrays.asList(System.getProperty("wildfly.args", "").trim().split("\\s+")),
          System.getProperty("wildfly.java-opts", ""),
          Path.of(required("wildfly.group-file")),
          app);
    }

    List<SimulatedLearner> learners(AnswerLedger ledger) {
      List<SimulatedLearner> learners = new ArrayList<>();
      long seed = Long.getLong("seed", 1);
      for (int i = 1; i <= Integer.getInteger("learners", 100); i++) {
        learners.add(new SimulatedLearner(i, app, ledger, seed));
      }
      return learners;
    }

    Duration thinkTime() {
      return Duration.ofMillis(Integer.getInteger("think-ms", 150));
    }

    CertificationData certificationData() {
      return new CertificationData(
          required("db.url"),
          System.getProperty("db.user", ""),
          System.getProperty("db.password", ""));
    }

    AnswerTable answerTable() {
      return new AnswerTable(
          required("db.url"),
          System.getProperty("db.user", ""),
          System.getProperty("db.password", ""));
    }

    private static String required(String property) {
      String value = System.getProperty(property);
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("Missing system property " + property);
      }
      return value;
    }
  }
}
