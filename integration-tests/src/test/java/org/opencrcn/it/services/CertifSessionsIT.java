package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.certification.application.CandidateRow;
import org.opencrcn.certification.application.CertifAccess;
import org.opencrcn.certification.application.CertifSessions;
import org.opencrcn.certification.application.PupilChoice;
import org.opencrcn.certification.application.SessionCandidates;
import org.opencrcn.certification.application.SessionDocuments;
import org.opencrcn.certification.application.SessionSheet;
import org.opencrcn.certification.application.SessionsImport;
import org.opencrcn.certification.domain.CandidateIdentity;
import org.opencrcn.certification.domain.CandidateImportRefusedException;
import org.opencrcn.certification.domain.MinutesLabels;
import org.opencrcn.certification.domain.SessionDetails;
import org.opencrcn.certification.domain.SessionRefusedException;
import org.opencrcn.certification.domain.SessionRefusedException.Reason;
import org.opencrcn.certification.domain.SessionStatus;
import org.opencrcn.certification.domain.SheetLabels;
import org.opencrcn.it.services.runas.AsCertifOfficer;
import org.opencrcn.it.services.runas.AsOtherCertifOfficer;
import org.opencrcn.shared.AccessDeniedException;

/**
 * A centre's sessions through their life before the test (create, edit, enrol, print, delete), the
 * bad input each refusal names with nothing changed, and the wall between two centres.
 */
@ExtendWith(ArquillianExtension.class)
class CertifSessionsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(CertifSessionsIT.class);
  }

  @Inject private CertifSessions sessions;
  @Inject private SessionCandidates candidates;
  @Inject private SessionDocuments documents;
  @Inject private CertifAccess certif;
  @Inject private SessionsImport imports;
  @Inject private CertifTestData data;
  @Inject private AsCertifOfficer officer;
  @Inject private AsOtherCertifOfficer otherOfficer;

  private CertifTestData.ScoCentre centre;
  private CertifTestData.ScoCentre otherCentre;

  private static final LocalDate NEXT_WEEK = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(7);

  @BeforeEach
  void twoCentres() {
    centre = data.scoCentre(AsCertifOfficer.SUBJECT);
    otherCentre = data.scoCentre(AsOtherCertifOfficer.SUBJECT);
  }

  private static SessionDetails details(String room, LocalDate date) {
    return new SessionDetails(
        "3e A", "Bâtiment principal", room, date, LocalTime.of(9, 30), "Mme Müller", null);
  }

  private long newSession() throws Exception {
    return officer.call(() -> sessions.create(centre.centreId(), details("Salle 12", NEXT_WEEK)));
  }

  private static Reason reasonOf(Throwable e) {
    return ((SessionRefusedException) e).reason();
  }

  @Test
  @DisplayName(
      "A created session has its three codes from their alphabets, shows on the dashboard, and can be edited and deleted")
  void lifecycle() throws Exception {
    long number = newSession();

    SessionSheet sheet = officer.call(() -> sessions.sheet(number));
    assertThat(sheet.number()).isEqualTo(number);
    assertThat(sheet.accessCode()).matches("[BCDFGHJKMPQRTVWXY]{4}[2346789]{2}");
    assertThat(sheet.supervisorPassword())
        .matches("[23456789bcdfghjkmpqrstvwxyBCDFGHJKMPQRSTVWXY!*?]{6}");
    assertThat(sheet.status()).isEqualTo(SessionStatus.CREATED);
    assertThat(sheet.started()).isFalse();
    assertThat(data.audited("CERTIFICATION_SESSION_CREATED", number)).isEqualTo(1);
    assertThat(officer.call(() -> sessions.ofCentre(centre.centreId())))
        .extracting(row -> row.id() + " " + row.room() + " " + row.status())
        .containsExactly(number + " Salle 12 CREATED");

    officer.call(
        () -> {
          sessions.edit(number, details("Salle 14", NEXT_WEEK.plusDays(1)));
          return null;
        });
    assertThat(officer.call(() -> sessions.sheet(number)).details().room()).isEqualTo("Salle 14");
    assertThat(officer.call(() -> sessions.sheet(number)).accessCode())
        .isEqualTo(sheet.accessCode());

    officer.call(
        () -> {
          sessions.delete(number);
          return null;
        });
    assertThat(data.sessions(centre.centreId())).isZero();
  }

  @Test
  @DisplayName(
      "Pupils of one class are enrolled at once with their birth data; enrolling one twice or a pupil of another school is refused and changes nothing")
  void candidatesFromPupils() throws Exception {
    long number = newSession();
    assertThat(officer.call(() -> candidates.classes(number))).containsExactly("3A", "3B");

    int enrolled = officer.call(() -> candidates.enrolPupils(number, centre.pupils3A()));

    assertThat(enrolled).isEqualTo(3);
    assertThat(data.audited("CANDIDATE_ENROLLED", number)).isEqualTo(3);
    List<CandidateRow> rows = officer.call(() -> candidates.of(number));
    assertThat(rows)
        .extracting(
            row ->
                row.identity().familyName()
                    + " "
                    + row.identity().firstName()
                    + " "
                    + row.identity().birthdate()
                    + " "
                    + row.identity().externalId()
                    + " "
                    + row.eligibility())
        .containsExactly(
            "BERNARD Anaïs 2011-02-03 3A UNKNOWN",
            "DURAND Élodie 2011-07-09 3A UNKNOWN",
            "LEFÈVRE Zoé 2010-12-24 3A UNKNOWN");
    assertThat(officer.call(() -> candidates.pupilsOfClass(number, "3A")))
        .extracting(PupilChoice::enrolled)
        .containsExactly(true, true, true);

    assertThatThrownBy(
            () ->
                officer.call(
                    () ->
                        candidates.enrolPupils(
                            number, List.of(centre.pupil3B(), centre.pupils3A().get(0)))))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.ALREADY_ENROLLED));
    assertThatThrownBy(
            () ->
                officer.call(
                    () -> candidates.enrolPupils(number, List.of(otherCentre.pupils3A().get(0)))))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.NOT_A_PUPIL_OF_THE_SCHOOL));
    assertThat(data.candidates(number)).isEqualTo(3);

    officer.call(
        () -> {
          candidates.remove(number, rows.get(0).id());
          return null;
        });
    assertThat(data.candidates(number)).isEqualTo(2);
  }

  @Test
  @DisplayName(
      "A session in the past, an extra time of 2000 %, a birthdate in the future and a person typed twice are refused, nothing changed")
  void badInput() throws Exception {
    LocalDate yesterday = NEXT_WEEK.minusDays(8);
    assertThatThrownBy(
            () -> officer.call(() -> sessions.create(centre.centreId(), details("S", yesterday))))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.IN_THE_PAST));
    assertThat(data.sessions(centre.centreId())).isZero();

    long number = newSession();
    assertThatThrownBy(() -> officer.call(() -> candidates.enrol(number, typed(2000, 2008))))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.EXTRA_TIME));
    assertThatThrownBy(
            () -> officer.call(() -> candidates.enrol(number, typed(0, NEXT_WEEK.getYear() + 1))))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.BIRTHDATE_IN_THE_FUTURE));
    officer.call(() -> candidates.enrol(number, typed(30, 2008)));
    assertThatThrownBy(() -> officer.call(() -> candidates.enrol(number, typed(0, 2008))))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.ALREADY_ENROLLED));
    assertThat(data.candidates(number)).isEqualTo(1);
    assertThatThrownBy(
            () ->
                officer.call(
                    () -> {
                      sessions.edit(number, details("Salle 3", yesterday));
                      return null;
                    }))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.IN_THE_PAST));
    assertThat(officer.call(() -> sessions.sheet(number)).details().room()).isEqualTo("Salle 12");
  }

  @Test
  @DisplayName(
      "A typed candidate is edited with the checks of enrolment (extra time, birthdate, the same person twice); a pupil is not, nor another session's candidate; refusals change nothing")
  void typedCandidateEdited() throws Exception {
    long number = newSession();
    long typedId = officer.call(() -> candidates.enrol(number, typed(30, 2008)));
    long martin =
        officer.call(
            () ->
                candidates.enrol(
                    number,
                    new CandidateIdentity(
                        "MARTIN",
                        "Léo",
                        "M",
                        LocalDate.of(2007, 1, 2),
                        null,
                        null,
                        null,
                        null,
                        0,
                        null)));
    officer.call(() -> candidates.enrolPupils(number, List.of(centre.pupil3B())));
    long pupil =
        officer.call(() -> candidates.of(number)).stream()
            .filter(row -> !row.typed())
            .findFirst()
            .orElseThrow()
            .id();
    CandidateIdentity renamed =
        new CandidateIdentity(
            "NGUYEN-TRAN",
            "Linh",
            "F",
            LocalDate.of(2008, 4, 1),
            "Lyon",
            "069",
            "France",
            "ETU-43",
            50,
            "autre@example.org");

    officer.call(
        () -> {
          candidates.edit(number, typedId, renamed);
          return null;
        });

    CandidateRow edited =
        officer.call(() -> candidates.of(number)).stream()
            .filter(row -> row.id() == typedId)
            .findFirst()
            .orElseThrow();
    assertThat(edited.identity()).isEqualTo(renamed);
    assertThat(edited.typed()).isTrue();
    List<Object[]> refused =
        List.of(
            new Object[] {typedId, typed(2000, 2008), Reason.EXTRA_TIME},
            new Object[] {
              typedId, typed(0, NEXT_WEEK.getYear() + 1), Reason.BIRTHDATE_IN_THE_FUTURE
            },
            new Object[] {martin, renamed, Reason.ALREADY_ENROLLED},
            new Object[] {pupil, typed(0, 2008), Reason.NOT_TYPED});
    for (Object[] attempt : refused) {
      assertThatThrownBy(
              () ->
                  officer.call(
                      () -> {
                        candidates.edit(number, (long) attempt[0], (CandidateIdentity) attempt[1]);
                        return null;
                      }))
          .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(attempt[2]));
    }
    long otherNumber =
        otherOfficer.call(
            () -> sessions.create(otherCentre.centreId(), details("Salle 2", NEXT_WEEK)));
    long otherCandidate = otherOfficer.call(() -> candidates.enrol(otherNumber, typed(0, 2008)));
    assertThatThrownBy(
            () ->
                officer.call(
                    () -> {
                      candidates.edit(number, otherCandidate, typed(0, 2009));
                      return null;
                    }))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(officer.call(() -> candidates.of(number)))
        .extracting(row -> row.identity().familyName())
        .containsExactlyInAnyOrder("NGUYEN-TRAN", "MARTIN", "PETIT");
    assertThat(otherOfficer.call(() -> candidates.of(otherNumber)).get(0).identity())
        .isEqualTo(typed(0, 2008));
  }

  @Test
  @DisplayName(
      "Once a candidate has begun, the session can be neither edited, deleted, nor its candidates changed")
  void startedSessionIsFrozen() throws Exception {
    long number = newSession();
    officer.call(() -> candidates.enrolPupils(number, centre.pupils3A()));
    long first = officer.call(() -> candidates.of(number)).get(0).id();
    data.candidateStarts(first);

    assertThatThrownBy(
            () ->
                officer.call(
                    () -> {
                      sessions.edit(number, details("Salle 99", NEXT_WEEK));
                      return null;
                    }))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.STARTED));
    assertThatThrownBy(
            () ->
                officer.call(
                    () -> {
                      sessions.delete(number);
                      return null;
                    }))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.CANDIDATE_STARTED));
    assertThatThrownBy(
            () -> officer.call(() -> candidates.enrolPupils(number, List.of(centre.pupil3B()))))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.STARTED));
    assertThat(officer.call(() -> sessions.sheet(number)).started()).isTrue();
    assertThat(data.candidates(number)).isEqualTo(3);
  }

  @Test
  @DisplayName(
      "An officer of another centre reaches none of the session's pages, candidates or documents by its id")
  void centreIsolation() throws Exception {
    long number = newSession();
    officer.call(() -> candidates.enrolPupils(number, centre.pupils3A()));
    long firstCandidate = officer.call(() -> candidates.of(number)).get(0).id();

    List<ThrowingCall> calls =
        List.of(
            () -> sessions.sheet(number),
            () -> sessions.ofCentre(centre.centreId()),
            () -> sessions.create(centre.centreId(), details("X", NEXT_WEEK)),
            () -> {
              sessions.edit(number, details("X", NEXT_WEEK));
              return null;
            },
            () -> {
              sessions.delete(number);
              return null;
            },
            () -> candidates.of(number),
            () -> candidates.classes(number),
            () -> candidates.pupilsOfClass(number, "3A"),
            () -> candidates.enrolPupils(number, List.of(centre.pupil3B())),
            () -> candidates.enrol(number, typed(0, 2008)),
            () -> {
              candidates.edit(number, firstCandidate, typed(0, 2008));
              return null;
            },
            () -> {
              candidates.remove(number, firstCandidate);
              return null;
            },
            () -> candidates.importFile(number, new byte[0]),
            () -> documents.attendanceSheet(number, labels()),
            () -> documents.minutes(number, labels(), minutesLabels()),
            () -> documents.candidatesXlsx(number));
    for (ThrowingCall call : calls) {
      assertThatThrownBy(() -> otherOfficer.call(call::call))
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThat(data.candidates(number)).isEqualTo(3);
    assertThat(officer.call(() -> sessions.sheet(number)).details().room()).isEqualTo("Salle 12");
    assertThatThrownBy(() -> sessions.sheet(number)).isInstanceOf(EJBAccessException.class);
  }

  @Test
  @DisplayName(
      "An Orga administrator of a school enters its SCO centre; a mere Orga member of the school does not")
  void schoolAdministratorsAreCentreMembers() throws Exception {
    data.orgaMember(otherCentre.organizationId(), AsCertifOfficer.SUBJECT, "MEMBER");
    assertThatThrownBy(() -> officer.call(() -> certif.enter(otherCentre.centreId())))
        .isInstanceOf(AccessDeniedException.class);

    CertifTestData.ScoCentre administered = data.scoCentre(AsOtherCertifOfficer.SUBJECT);
    data.orgaMember(administered.organizationId(), AsCertifOfficer.SUBJECT, "ADMIN");

    assertThat(officer.call(() -> certif.myCentres()))
        .extracting(c -> c.id())
        .contains(centre.centreId(), administered.centreId())
        .doesNotContain(otherCentre.centreId());
    long number =
        officer.call(() -> sessions.create(administered.centreId(), details("Salle 1", NEXT_WEEK)));
    assertThat(officer.call(() -> sessions.sheet(number)).centreId())
        .isEqualTo(administered.centreId());
  }

  @Test
  @DisplayName(
      "A candidates file with one bad line is refused whole, its line named; the corrected file enrols all")
  void candidatesFile() throws Exception {
    long number = newSession();
    String header =
        "Nom de naissance;Prénom;Sexe (M/F);Date de naissance (jj/mm/aaaa);Commune de naissance;"
            + "Département de naissance;Pays de naissance;Classe ou identifiant externe;"
            + "Temps majoré (%);E-mail du destinataire des résultats\n";
    String good = "NGUYEN;Linh;F;01/04/2004;Lyon;69;France;ETU-1;0;\n";
    String bad = "ROBERT;Paul;M;02/05/2004;;;;ETU-2;2000;\n";

    assertThatThrownBy(
            () ->
                officer.call(
                    () ->
                        candidates.importFile(
                            number, (header + good + bad).getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(
            CandidateImportRefusedException.class,
            e ->
                assertThat(e.issues())
                    .extracting(i -> i.line() + " " + i.problem() + " " + i.value())
                    .containsExactly("3 BAD_EXTRA_TIME 2000"));
    assertThat(data.candidates(number)).isZero();

    int enrolled =
        officer.call(
            () ->
                candidates.importFile(
                    number,
                    (header + good + bad.replace("2000", "33")).getBytes(StandardCharsets.UTF_8)));

    assertThat(enrolled).isEqualTo(2);
    assertThat(officer.call(() -> candidates.of(number)))
        .extracting(c -> c.identity().familyName() + " " + c.identity().extraTimePercent())
        .containsExactly("NGUYEN 0", "ROBERT 33");
    assertThatThrownBy(
            () ->
                officer.call(
                    () ->
                        candidates.importFile(
                            number, (header + good).getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(CandidateImportRefusedException.class);
    assertThat(data.candidates(number)).isEqualTo(2);
  }

  @Test
  @DisplayName(
      "A sessions file makes one session per site, room, date and time with its candidates; one bad line refuses it whole")
  void sessionsFile() throws Exception {
    String day = NEXT_WEEK.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    String header =
        String.join(";", org.opencrcn.certification.infrastructure.SessionsCsv.header());
    String a = "Bâtiment A;Salle 1;G1;" + day + ";09:00;Mme A;;";
    String b = "Bâtiment A;Salle 2;G2;" + day + ";09:00;M. B;;";
    String file =
        header
            + "\n"
            + a
            + "NGUYEN;Linh;F;01/04/2004;;;;;0;\n"
            + a
            + "ROBERT;Paul;M;02/05/2004;;;;;0;\n"
            + b
            + "MOREAU;Inès;F;03/06/2004;;;;;0;\n";
    String bad = file + b + "DUBOIS;Jean;M;04/07/2004;;;;;1000;\n";

    assertThatThrownBy(
            () ->
                officer.call(
                    () ->
                        imports.importFile(
                            centre.centreId(), bad.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(
            CandidateImportRefusedException.class,
            e ->
                assertThat(e.issues())
                    .extracting(i -> i.line() + " " + i.problem())
                    .containsExactly("5 BAD_EXTRA_TIME"));
    assertThat(data.sessions(centre.centreId())).isZero();

    var done =
        officer.call(
            () -> imports.importFile(centre.centreId(), file.getBytes(StandardCharsets.UTF_8)));

    assertThat(done.sessions()).isEqualTo(2);
    assertThat(done.candidates()).isEqualTo(3);
    assertThat(officer.call(() -> sessions.ofCentre(centre.centreId())))
        .extracting(row -> row.room())
        .containsExactlyInAnyOrder("Salle 1", "Salle 2");
    assertThatThrownBy(
            () ->
                otherOfficer.call(
                    () ->
                        imports.importFile(
                            centre.centreId(), file.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @DisplayName(
      "The attendance sheet and the minutes are PDFs of the centre's session, the candidates list a workbook, each download audited")
  void attendanceSheet() throws Exception {
    long number = newSession();
    officer.call(() -> candidates.enrolPupils(number, centre.pupils3A()));

    byte[] pdf = officer.call(() -> documents.attendanceSheet(number, labels()));

    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    byte[] minutes = officer.call(() -> documents.minutes(number, labels(), minutesLabels()));
    assertThat(new String(minutes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    byte[] xlsx = officer.call(() -> documents.candidatesXlsx(number));
    assertThat(new String(xlsx, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    assertThat(data.audited("CERTIFICATION_DOCUMENT_DOWNLOAD", number)).isEqualTo(3);
  }

  /** A service call that may throw, for the isolation matrix. */
  interface ThrowingCall {
    Object call() throws Exception;
  }

  private static CandidateIdentity typed(int extraTime, int birthYear) {
    return new CandidateIdentity(
        "NGUYEN",
        "Linh",
        "F",
        LocalDate.of(birthYear, 4, 1),
        "Lyon",
        "069",
        "France",
        "ETU-42",
        extraTime,
        "resultats@example.org");
  }

  private static MinutesLabels minutesLabels() {
    return new MinutesLabels("PV", "T", "I", "O", "S1", "S2");
  }

  private static SheetLabels labels() {
    return new SheetLabels("F", "S", "D", "H", "Si", "Sa", "Su", "N", "P", "DN", "C", "Sig", "p");
  }
}
