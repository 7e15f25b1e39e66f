package org.opencrcn.certification.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
 * Makes a demonstration's certification session joinable on a day ({@link DemoSessionDay}: kept,
 * moved to that day, or copied for it), for {@link DemoCertificationDay} at start-up and midnight.
 * Not a service boundary: nobody calls it on a request; it runs inside its caller's transaction,
 * with demo data only, and looks at demo sessions only ({@code demo}, V32).
 */
@Dependent
public class DemoSessionToday {
  /** The demo session of the day, as ./run.sh prints it. */
  public record TodaysSession(long number, String accessCode, String supervisorPassword) {}

  @Inject private SessionRepository sessions;
  @Inject private CourseRepository courses;
  @Inject private FreshCodes codes;

  /**
   * @return the day's demo session, or empty when the demo data has none
   * @throws IllegalStateException outside a demonstration
   */
  public Optional<TodaysSession> ensure(LocalDate day) {
    if (!Settings.demoData()) {
      throw new IllegalStateException("Demo sessions follow the day only in a demonstration");
    }
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
            day);
    Optional<CertificationSession> todays =
        switch (plan) {
          case NoDemoSession none -> Optional.empty();
          case Keep keep -> Optional.of(find(demo, keep.id()));
          case Redate redate -> Optional.of(redated(find(demo, redate.id()), day));
          case CopyForToday copy -> Optional.of(copied(find(demo, copy.templateId()), day));
        };
    return todays.map(s -> new TodaysSession(s.id(), s.accessCode(), s.supervisorPassword()));
  }

  private static CertificationSession find(List<CertificationSession> demo, long id) {
    return demo.stream().filter(s -> s.id() == id).findFirst().orElseThrow();
  }

  private static CertificationSession redated(CertificationSession session, LocalDate day) {
    session.redateDemo(day);
    return session;
  }

  /**
   * The day's copy of a demo session someone already sat: same details and candidates (still tied
   * to the accounts that joined), new access code; the demo's supervisor password is kept, so that
   * the README's stays right.
   */
  private CertificationSession copied(CertificationSession template, LocalDate day) {
    SessionDetails details = template.details();
    CertificationSession copy =
        new CertificationSession(
            template.centreId(),
            new SessionDetails(
                details.name(),
                details.site(),
                details.room(),
                day,
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
