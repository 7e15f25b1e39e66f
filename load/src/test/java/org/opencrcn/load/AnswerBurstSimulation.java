package org.opencrcn.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The load test of {@code ./benchmark-load.sh}, in four phases run one after the other:
 *
 * <ol>
 *   <li>sign-in (not measured): every learner signs in through Keycloak's form and lands on the
 *       dashboard; the application's session cookie is kept;
 *   <li>the burst (measured): N learners start a positioning test within {@code burst.seconds} and
 *       answer {@code answers} questions, {@code think.seconds} of thinking before each answer; an
 *       answer is the form posted and the next page (question or checkpoint) received;
 *   <li>baseline: {@code capacity.users} signed-in learners ask for a trivial page without pause
 *       for {@code capacity.seconds}: pages per second;
 *   <li>capacity: the same learners answer without pause for {@code capacity.seconds}: answers per
 *       second. Their ratio is the summary's answer_to_baseline.
 * </ol>
 *
 * Hibernate statistics and CPU are read at the start and the end of the burst ({@link
 * ServerProbe}); the answers' response times (form posted to next page received, as the group
 * "answer" of Gatling's report) are kept to the millisecond; the figures are written to {@code
 * figures.file} for the script's summary line.
 */
public class AnswerBurstSimulation extends Simulation {
  static final String PASSWORD = "Charge-2026";

  /** The trivial signed-in page: the layout alone (the person's name, menus, footer). */
  static final String BASELINE_PAGE = "/error/404.xhtml";

  private final int learners = Integer.getInteger("learners", 800);
  private final int answersEach = Integer.getInteger("answers", 20);
  private final Duration think = Duration.ofSeconds(Integer.getInteger("think.seconds", 10));
  private final int burstSeconds = Integer.getInteger("burst.seconds", 10);
  private final int signInRate = Integer.getInteger("signin.rate", 25);
  private final int capacityUsers = Math.min(learners, Integer.getInteger("capacity.users", 20));
  private final int capacitySeconds = Integer.getInteger("capacity.seconds", 20);
  private final long seed = Long.getLong("seed", 1);
  private final URI app = URI.create(System.getProperty("app.url", "http://localhost:48080/"));
  private final Path figuresFile =
      Path.of(System.getProperty("figures.file", "target/load-figures.properties"));
  private final ServerProbe probe =
      new ServerProbe(
          URI.create(System.getProperty("metrics.url", "http://127.0.0.1:49990/metrics")),
          Long.getLong("wildfly.pid", -1),
          figuresFile.toAbsolutePath().getParent());

  private final java.util.Optional<String> recording =
      java.util.Optional.ofNullable(System.getProperty("recording.file"));
  private final Map<Integer, LoadLearner> signedIn = new ConcurrentHashMap<>();
  private final AtomicInteger signInNumbers = new AtomicInteger();
  private final AtomicInteger burstNumbers = new AtomicInteger();
  private final AtomicInteger baselineNumbers = new AtomicInteger();
  private final AtomicInteger capacityNumbers = new AtomicInteger();
  private final AtomicLong unexpected = new AtomicLong();
  private final AtomicLong burstAnswers = new AtomicLong();
  private final AtomicLong capacityAnswers = new AtomicLong();
  private final AtomicInteger exhaustedAtCapacity = new AtomicInteger();
  private final AtomicLong baselinePages = new AtomicLong();
  private final AtomicReference<ServerProbe.Reading> burstStart = new AtomicReference<>();
  private final AtomicReference<ServerProbe.Reading> burstEnd = new AtomicReference<>();
  private final Latencies burstLatencies = new Latencies();
  private final Latencies capacityLatencies = new Latencies();
  private final Window baselineWindow = new Window();
  private final Window capacityWindow = new Window();

  /** From the first user's start to the last user's end of a saturation phase. */
  private static final class Window {
    private final AtomicLong start = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong end = new AtomicLong();

    void started() {
      start.accumulateAndGet(System.nanoTime(), Math::min);
    }

    void ended() {
      end.accumulateAndGet(System.nanoTime(), Math::max);
    }

    double seconds() {
      return Math.max(1e-9, (end.get() - start.get()) / 1e9);
    }
  }

  private final HttpProtocolBuilder protocol =
      http.baseUrl(app.toString().replaceAll("/$", ""))
          .acceptHeader("text/html,application/xhtml+xml")
          .acceptLanguageHeader("fr-FR,fr;q=0.9")
          .userAgentHeader("OpenCRCN load test (Gatling)");

  {
    ScenarioBuilder signIn =
        scenario("sign-in")
            .exec(
                session ->
                    session.set("learner", new LoadLearner(signInNumbers.incrementAndGet(), seed)))
            .exitBlockOnFail()
            .on(
                exec(http("sign-in: Keycloak page").get("/signin").check(page()))
                    .exec(this::see)
                    .exec(session -> prepare(session, learner(session).signInForm(PASSWORD)))
                    .exitHereIfFailed()
                    .exec(
                        http("sign-in: form")
                            .post("#{url}")
                            .formParamMap(AnswerBurstSimulation::fields)
                            .check(page()))
                    .exec(this::see)
                    .exec(getCookieValue(CookieKey("JSESSIONID").saveAs("sid")))
                    .exec(
                        session -> {
                          LoadLearner learner = learner(session);
                          if (!learner.onDashboard()) {
                            return failed(session, "sign-in did not end on the dashboard");
                          }
                          learner.signedIn(session.getString("sid"));
                          signedIn.put(learner.number(), learner);
                          return session;
                        }));

    ScenarioBuilder burst =
        scenario("burst")
            .exec(
                session -> {
                  int number = burstNumbers.incrementAndGet();
                  if (number == 1) {
                    recording.ifPresent(
                        file ->
                            probe.flightRecording(
                                "JFR.start", "name=burst settings=profile filename=" + file));
                    burstStart.set(probe.read());
                  }
                  return withLearner(session, number);
                })
            .exitHereIfFailed()
            .exec(addCookie(Cookie("JSESSIONID", "#{sid}").withPath("/")))
            .exitBlockOnFail()
            .on(
                exec(http("dashboard").get("/app/index.xhtml").check(page()))
                    .exec(this::see)
                    .exec(
                        asLongAs(
                                session ->
                                    learner(session).answers() < answersEach
                                        && System.nanoTime() < burstDeadline())
                            .on(step(think, "answer", burstAnswers, burstLatencies, null)))
                    .exec(
                        session ->
                            learner(session).answers() < answersEach
                                ? failed(
                                    session,
                                    learner(session).username()
                                        + " had not answered its "
                                        + answersEach
                                        + " questions when the burst's time was up")
                                : session));

    ScenarioBuilder baseline =
        scenario("baseline")
            .exec(
                session -> {
                  if (burstEnd.get() == null && burstEnd.compareAndSet(null, probe.read())) {
                    recording.ifPresent(file -> probe.flightRecording("JFR.stop", "name=burst"));
                  }
                  return withLearner(session, baselineNumbers.incrementAndGet());
                })
            .exitHereIfFailed()
            .exec(addCookie(Cookie("JSESSIONID", "#{sid}").withPath("/")))
            .exec(
                session -> {
                  baselineWindow.started();
                  return session;
                })
            .exec(
                during(Duration.ofSeconds(capacitySeconds))
                    .on(
                        exec(http("baseline page").get(BASELINE_PAGE).check(status().is(200)))
                            .exec(
                                session -> {
                                  if (!session.isFailed()) {
                                    baselinePages.incrementAndGet();
                                  }
                                  return session.markAsSucceeded();
                                })))
            .exec(
                session -> {
                  baselineWindow.ended();
                  return session;
                });

    ScenarioBuilder capacity =
        scenario("capacity")
            .exec(session -> withLearner(session, capacityNumbers.incrementAndGet()))
            .exitHereIfFailed()
            .exec(addCookie(Cookie("JSESSIONID", "#{sid}").withPath("/")))
            .exitBlockOnFail()
            .on(
                exec(http("dashboard").get("/app/index.xhtml").check(page()))
                    .exec(this::see)
                    .exec(
                        session -> {
                          capacityWindow.started();
                          return session;
                        })
                    .exec(
                        during(Duration.ofSeconds(capacitySeconds))
                            .on(
                                step(
                                    Duration.ZERO,
                                    "answer at capacity",
                                    capacityAnswers,
                                    capacityLatencies,
                                    capacityWindow))))
            .exec(
                session -> {
                  capacityWindow.ended();
                  return session;
                });

    setUp(
            signIn
                .injectOpen(rampUsers(learners).during(Math.max(1, learners / signInRate)))
                .andThen(
                    burst
                        .injectOpen(rampUsers(learners).during(burstSeconds))
                        .andThen(
                            baseline
                                .injectOpen(atOnceUsers(capacityUsers))
                                .andThen(capacity.injectOpen(atOnceUsers(capacityUsers))))))
        .protocols(protocol)
        .maxDuration(Duration.ofMinutes(9));
  }

  @Override
  public void before() {
    try {
      new LoadRealm(
              URI.create(System.getProperty("keycloak.url", "http://localhost:48180/")),
              System.getProperty("keycloak.admin", "load-admin"),
              System.getProperty("keycloak.admin-password", "load-admin"))
          .prepare(learners, PASSWORD);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void after() {
    ServerProbe.Reading start = burstStart.get();
    // Read here when the run was cut before the baseline (Gatling's maximum duration).
    ServerProbe.Reading end = burstEnd.get() == null ? probe.read() : burstEnd.get();
    StringBuilder figures = new StringBuilder();
    figures.append("learners=").append(learners).append('\n');
    figures.append("signed_in=").append(signedIn.size()).append('\n');
    figures.append("answers=").append(burstAnswers.get()).append('\n');
    figures.append("unexpected_pages=").append(unexpected.get()).append('\n');
    if (start != null && end != null) {
      long statements = end.statements() - start.statements();
      figures
          .append("burst_seconds=")
          .append(format((end.nanos() - start.nanos()) / 1e9, 1))
          .append('\n');
      figures
          .append("sql_per_answer=")
          .append(
              start.statements() < 0 || burstAnswers.get() == 0
                  ? "n/a"
                  : format((double) statements / burstAnswers.get(), 1))
          .append('\n');
      figures
          .append("cpu_wildfly=")
          .append(
              format(
                  ServerProbe.cpuPercent(end.wildflyTicks() - start.wildflyTicks(), start, end), 0))
          .append("%\n");
      figures
          .append("cpu_postgres=")
          .append(
              format(
                  ServerProbe.cpuPercent(end.postgresTicks() - start.postgresTicks(), start, end),
                  0))
          .append("%\n");
    }
    figures.append("p50_ms=").append(burstLatencies.percentile(50)).append('\n');
    figures.append("p95_ms=").append(burstLatencies.percentile(95)).append('\n');
    figures.append("p99_ms=").append(burstLatencies.percentile(99)).append('\n');
    figures.append("capacity_p95_ms=").append(capacityLatencies.percentile(95)).append('\n');
    double pagesPerSecond = baselinePages.get() / baselineWindow.seconds();
    double answersPerSecond = capacityAnswers.get() / capacityWindow.seconds();
    figures.append("baseline_per_s=").append(format(pagesPerSecond, 1)).append('\n');
    figures.append("capacity_answers_per_s=").append(format(answersPerSecond, 1)).append('\n');
    figures.append("capacity_learners_done=").append(exhaustedAtCapacity.get()).append('\n');
    figures
        .append("answer_to_baseline=")
        .append(pagesPerSecond == 0 ? "n/a" : format(answersPerSecond / pagesPerSecond, 2))
        .append('\n');
    try {
      Files.createDirectories(figuresFile.toAbsolutePath().getParent());
      Files.writeString(figuresFile, figures);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * When learners stop answering: the time the burst takes on a server that keeps up (arrivals,
   * then each answer's thinking) and {@code burst.grace.seconds} more (120). A learner stopped then
   * counts as an error: the run stays within its time and says where the server broke.
   */
  private long burstDeadline() {
    ServerProbe.Reading start = burstStart.get();
    long seconds =
        burstSeconds
            + answersEach * think.toSeconds()
            + Integer.getInteger("burst.grace.seconds", 120);
    return start == null ? Long.MAX_VALUE : start.nanos() + seconds * 1_000_000_000L;
  }

  /** One request of a learner from the page shown, and the page it leads to. */
  /**
   * One step of a learner: an answer (timed, counted) or the page that leads to the next question.
   * At capacity ({@code window} given), each answer moves the window's end, so that a learner who
   * stops early still leaves a valid window, and a learner who has completed every competence (fast
   * answers use up the content) stops without counting as an error.
   */
  private ChainBuilder step(
      Duration thinkTime,
      String answerGroup,
      AtomicLong counter,
      Latencies latencies,
      Window window) {
    ChainBuilder answer =
        exec(session -> session.set("sent", System.nanoTime()))
            .exec(
                http("answer: post")
                    .post("#{url}")
                    .formParamMap(AnswerBurstSimulation::fields)
                    .disableFollowRedirect()
                    .check(status().is(302), header("Location").saveAs("next")))
            .exec(
                session -> {
                  URI next =
                      URI.create(session.getString("url")).resolve(session.getString("next"));
                  String path = next.getPath();
                  if (!path.endsWith("/app/test.xhtml")
                      && !path.endsWith("/app/checkpoint.xhtml")) {
                    return failed(session, "answer not acknowledged: redirected to " + next);
                  }
                  return session.set("next", next.toString());
                })
            .exitHereIfFailed()
            .exec(http("answer: next page").get("#{next}").check(page()));
    ChainBuilder answering =
        (thinkTime.isZero() ? exec(session -> session) : pause(thinkTime))
            .group(answerGroup)
            .on(answer)
            .exec(
                session -> {
                  latencies.add(System.nanoTime() - session.getLong("sent"));
                  learner(session).acknowledged();
                  counter.incrementAndGet();
                  if (window != null) {
                    window.ended();
                  }
                  return see(session);
                });
    return exec(session -> {
          try {
            return prepare(session, learner(session).next());
          } catch (LoadLearner.UnexpectedPage e) {
            if (window != null && e.contentExhausted()) {
              exhaustedAtCapacity.incrementAndGet();
              return session.markAsFailed();
            }
            return failed(session, e.getMessage());
          }
        })
        .exitHereIfFailed()
        .doSwitch("#{kind}")
        .on(
            onCase("ANSWER").then(answering),
            onCase("GET").then(exec(http("#{name}").get("#{url}").check(page())).exec(this::see)),
            onCase("POST")
                .then(
                    exec(http("#{name}")
                            .post("#{url}")
                            .formParamMap(AnswerBurstSimulation::fields)
                            .check(page()))
                        .exec(this::see)));
  }

  /** The checks of a page a learner reads: 200, and where it ended after the redirects. */
  private static CheckBuilder[] page() {
    return new CheckBuilder[] {
      status().is(200).saveAs("status"),
      currentLocation().saveAs("location"),
      bodyString().saveAs("body")
    };
  }

  private Session see(Session session) {
    learner(session)
        .see(session.getInt("status"), session.getString("location"), session.getString("body"));
    return session.remove("body");
  }

  private static Session prepare(Session session, LoadLearner.Step step) {
    return session
        .set("kind", step.kind().name())
        .set("name", step.name())
        .set("url", step.url())
        .set("fields", step.fields());
  }

  private Session withLearner(Session session, int number) {
    LoadLearner learner = signedIn.get(number);
    if (learner == null) {
      return failed(session, "learner " + number + " is not signed in");
    }
    return session.set("learner", learner).set("sid", learner.sessionCookie());
  }

  private Session failed(Session session, String why) {
    if (unexpected.incrementAndGet() <= 20) {
      System.out.println("load: PROBLEM " + why);
    }
    return session.markAsFailed();
  }

  private static LoadLearner learner(Session session) {
    return session.get("learner");
  }

  private static Map<String, Object> fields(Session session) {
    return session.get("fields");
  }

  private static String format(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
