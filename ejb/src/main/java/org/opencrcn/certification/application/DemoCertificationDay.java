package org.opencrcn.certification.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.opencrcn.certification.domain.Candidate;
import org.opencrcn.certification.domain.CertificationSession;
import org.opencrcn.certification.domain.DemoSessionDay;
import org.opencrcn.certification.domain.DemoSessionDay.CopyForToday;
import org.opencrcn.certification.domain.DemoSessionDay.DemoSession;
import org.opencrcn.certification.domain.DemoSessionDay.Keep;
import org.opencrcn.certification.domain.DemoSessionDay.NoDemoSession;
import org.opencrcn.certification.domain.DemoSessionDay.Redate;
import org.opencrcn.certification.domain.SessionDetails;
import org.opencrcn.certification.domain.SessionStatus;
import org.opencrcn.certification.infrastructure.CourseRepository;
import org.opencrcn.certification.infrastructure.SessionRepository;
import org.opencrcn.shared.Settings;

/**
 * The demonstration's certification session is joinable today (./run.sh, the tests' server): a
 * session is joined on its day only, so at each start, and at each Paris midnight while the demo
 * runs, the demo sessions of db/demo (flag {@code demo}, never a session a centre planned) follow
 * the rule of {@link DemoSessionDay}. It then logs the line ./run.sh prints: number, access code
 * and supervisor password of today's demo session ({@value #LOG_PREFIX} …).
 *
 * <p>Does nothing without demo data. On a cluster each node's timer would run it (a demo is one
 * server).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
public class DemoCertificationDay {
  /** The start of the line ./run.sh looks for in the server's output; keep them together. */
  static final String LOG_PREFIX = "Demo certification session today";

  private static final Logger LOG = Logger.getLogger(DemoCertificationDay.class.getName());

  @Inject private SessionRepository sessions;
  @Inject private CourseRepository courses;
  @Inject private FreshCodes codes;

  @PostConstruct
  void atStart() {
    followTheDay();
  }

  /** Past midnight (Paris), a demo left running gets the new day's session. */
  @Schedule(hour = "0", minute = "0", second = "30", timezone = "Europe/Paris", persistent = false)
  void atMidnight() {
    followTheDay();
  }

  private void followTheDay() {
    if (!Settings.demoData()) {
      return;
    }
    LocalDate today = CentreGuard.now().toLocalDate();
    List<CertificationSession> demo = sessions.demoSessions();
    DemoSessionDay.Plan plan =
        DemoSessionDay.plan(
            demo.stream()
                .map(
                    s ->
                        new DemoSession(
                            s.id(),
                            s.date(),
                            s.storedStatus() == SessionStatus.CREATED,
                            !courses.ofSession(s.id()).isEmpty()))
                .toList(),
            today);
    CertificationSession todays =
        switch (plan) {
          case NoDemoSession none -> null;
          case Keep keep -> find(demo, keep.id());
          case Redate redate -> redated(find(demo, redate.id()), today);
          case CopyForToday copy -> copied(find(demo, copy.templateId()), today);
        };
    if (todays == null) {
      LOG.warning("No demo certification session in the demo data: none made for today");
      return;
    }
    LOG.info(
        "%s (%s): number %d, access code %s, supervisor password %s"
            .formatted(
                LOG_PREFIX, today, todays.id(), todays.accessCode(), todays.supervisorPassword()));
  }

  private static CertificationSession find(List<CertificationSession> demo, long id) {
    return demo.stream().filter(s -> s.id() == id).findFirst().orElseThrow();
  }

  private static CertificationSession redated(CertificationSession session, LocalDate today) {
    session.redateDemo(today);
    return session;
  }

  /**
   * Today's copy of a demo session someone already sat: same details and candidates (still tied to
   * the accounts that joined), new access code; the supervisor password of the demo is kept, so
   * that the README's stays right.
   */
  private CertificationSession copied(CertificationSession template, LocalDate today) {
    SessionDetails details = template.details();
    CertificationSession copy =
        new CertificationSession(
            template.centreId(),
            new SessionDetails(
                details.name(),
                details.site(),
                details.room(),
                today,
                details.startTime(),
                details.supervisor(),
                details.observation()),
            codes.accessCode(),
            template.supervisorPassword(),
            Instant.now());
    copy.markDemo();
    sessions.add(copy);
    for (Candidate candidate : sessions.candidates(template.id())) {
      sessions.add(
          new Candidate(
              copy.id(), candidate.identity(), candidate.pupilId(), candidate.accountId()));
    }
    return copy;
  }
}
