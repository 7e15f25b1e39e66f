package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.certification.application.CertificationJoining;
import org.opencrcn.certification.application.CertificationJoining.Joined;
import org.opencrcn.certification.application.DemoSessionToday.TodaysSession;
import org.opencrcn.certification.application.SupervisedCandidate;
import org.opencrcn.certification.application.SupervisorRoom;
import org.opencrcn.it.services.runas.AsPupil;

/**
 * The demonstration can sit a certification (README, "Demo accounts"): the tests' server runs with
 * demo data as ./run.sh does, and its start logs the line ./run.sh prints (today's demo session:
 * number, access code, supervisor password). With exactly those values the demo pupil {@code eleve}
 * (Léa MARTIN, born 2/6/2011) joins today, as the README tells, and the supervisor's room opens and
 * shows her waiting. Nothing here sets the session's date: the start did.
 */
@ExtendWith(ArquillianExtension.class)
class DemoCertificationIT {
  /** The line of DemoCertificationDay, as run.sh's grep reads it. */
  private static final Pattern PRINTED =
      Pattern.compile(
          "Demo certification session today \\((\\d{4}-\\d{2}-\\d{2})\\): number (\\d+), access"
              + " code (\\S+), supervisor password (\\S+)");

  private static final LocalDate LEA_BORN = LocalDate.of(2011, 6, 2);

  /** The demo pupil's browser in both tests: joining again is coming back to her sitting. */
  private static final String DEVICE = "demo-certification-it";

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(DemoCertificationIT.class);
  }

  @Inject private CertificationJoining joining;
  @Inject private SupervisorRoom room;
  @Inject private AsPupil asDemoPupil;
  @Inject private DemoCertificationTestData demoDays;

  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  private record Printed(LocalDate day, long number, String accessCode, String password) {}

  @Test
  @DisplayName(
      "With the printed codes the demo pupil joins today's demo session and the supervisor's room opens with the printed password")
  void demoPupilJoinsTodaysDemoSession() throws Exception {
    Printed printed = lastPrintedLine();
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    assertThat(printed.day()).isEqualTo(today);
    Object[] session =
        (Object[])
            em.createNativeQuery(
                    "select session_date, demo, status from certification_session where id = ?1")
                .setParameter(1, printed.number())
                .getSingleResult();
    assertThat(session[0].toString()).isEqualTo(today.toString());
    assertThat(session[1]).isEqualTo(Boolean.TRUE);
    assertThat(session[2]).isEqualTo("CREATED");

    // Typed as a pupil would: the access code in lower case, her names as the README gives them.
    Joined joined =
        asDemoPupil.call(
            () ->
                joining.join(
                    printed.number(),
                    printed.accessCode().toLowerCase(java.util.Locale.ROOT),
                    "Martin",
                    "Léa",
                    LEA_BORN,
                    DEVICE));
    assertThat(joined.sessionId()).isEqualTo(printed.number());
    assertThat(joined.status()).isEqualTo("WAITING");

    List<SupervisedCandidate> candidates =
        room.candidates(printed.number(), printed.password(), "127.0.0.1");
    assertThat(candidates)
        .filteredOn(c -> c.familyName().equals("MARTIN"))
        .singleElement()
        .satisfies(
            lea -> {
              assertThat(lea.firstName()).isEqualTo("Léa");
              assertThat(lea.waiting()).isTrue();
            });
    // The two pupils of 3A are enrolled too (they join after their first ENT sign-in).
    assertThat(candidates).extracting(SupervisedCandidate::familyName).contains("ROUX", "MERCIER");
  }

  @Test
  @DisplayName(
      "The next day (a restart, or midnight while running) today's sat session stays as it is and"
          + " a copy with the same candidates and password and a new access code is the day's; a"
          + " copy nobody joined follows the day after")
  void theNextDays() throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    TodaysSession sat = demoDays.startOn(today);
    // Someone sits it today (Léa, as in the other test; joining again is coming back to it).
    asDemoPupil.call(
        () -> joining.join(sat.number(), sat.accessCode(), "MARTIN", "Léa", LEA_BORN, DEVICE));
    assertThat(demoDays.courses(sat.number())).isPositive();

    LocalDate tomorrow = today.plusDays(1);
    TodaysSession copy = demoDays.startOn(tomorrow);
    assertThat(copy.number()).isNotEqualTo(sat.number());
    assertThat(copy.accessCode()).isNotEqualTo(sat.accessCode());
    assertThat(copy.supervisorPassword()).isEqualTo(sat.supervisorPassword());
    assertThat(demoDays.session(copy.number())).isEqualTo(tomorrow + " true CREATED");
    assertThat(demoDays.candidates(copy.number()))
        .isEqualTo(demoDays.candidates(sat.number()))
        .anyMatch(c -> c.startsWith("MARTIN Léa 2011-06-02 account"));
    assertThat(demoDays.session(sat.number())).isEqualTo(today + " true CREATED");
    assertThat(demoDays.courses(sat.number())).isPositive();
    assertThat(demoDays.courses(copy.number())).isZero();
    // The supervisor's room of the copy opens with the demo's password.
    assertThat(room.candidates(copy.number(), copy.supervisorPassword(), "127.0.0.1"))
        .extracting(SupervisedCandidate::familyName)
        .contains("MARTIN", "ROUX", "MERCIER");

    // A second start the same day keeps it; the day after, nobody having joined it, it moves.
    assertThat(demoDays.startOn(tomorrow)).isEqualTo(copy);
    LocalDate dayAfter = today.plusDays(2);
    assertThat(demoDays.startOn(dayAfter)).isEqualTo(copy);
    assertThat(demoDays.session(copy.number())).isEqualTo(dayAfter + " true CREATED");

    // Back to today (as the next deployment's start does): today's session, sat, is kept.
    assertThat(demoDays.startOn(today)).isEqualTo(sat);
  }

  /** The last line the start logged about today's demo session, as ./run.sh reads it. */
  private static Printed lastPrintedLine() throws Exception {
    Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
    Matcher last = null;
    for (String line :
        new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList()) {
      Matcher matcher = PRINTED.matcher(line);
      if (matcher.find()) {
        last = matcher;
      }
    }
    assertThat(last).as("a 'Demo certification session today' line in %s", log).isNotNull();
    return new Printed(
        LocalDate.parse(last.group(1)),
        Long.parseLong(last.group(2)),
        last.group(3),
        last.group(4));
  }
}
