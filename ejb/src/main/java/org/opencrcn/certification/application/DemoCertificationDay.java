package org.opencrcn.certification.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.opencrcn.certification.domain.DemoSessionDay;
import org.opencrcn.shared.Settings;

/**
 * The demonstration's certification session is joinable today (./run.sh, the tests' server): a
 * session is joined on its day only, so at each start, and at each Paris midnight while the demo
 * runs, the demo sessions of db/demo (flag {@code demo}, never a session a centre planned) follow
 * the rule of {@link DemoSessionDay} ({@link DemoSessionToday}). It then logs the line ./run.sh
 * prints: number, access code and supervisor password of today's demo session ({@value #LOG_PREFIX}
 * …).
 *
 * <p>Does nothing without demo data. On a cluster each node's timer would run it (a demo is one
 * server).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
public class DemoCertificationDay {
  /** The start of the line ./run.sh looks for in the server's log; keep them together. */
  static final String LOG_PREFIX = "Demo certification session today";

  private static final Logger LOG = Logger.getLogger(DemoCertificationDay.class.getName());

  @Inject private DemoSessionToday demoSession;

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
    demoSession
        .ensure(today)
        .ifPresentOrElse(
            todays ->
                LOG.info(
                    "%s (%s): number %d, access code %s, supervisor password %s"
                        .formatted(
                            LOG_PREFIX,
                            today,
                            todays.number(),
                            todays.accessCode(),
                            todays.supervisorPassword())),
            () -> LOG.warning("No demo certification session in the demo data: none for today"));
  }
}
