package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.assessment.application.Positioning;
import org.opencrcn.it.services.runas.AsDirector;
import org.opencrcn.it.services.runas.AsPupil;
import org.opencrcn.organization.application.pupils.ImportProgress;
import org.opencrcn.organization.application.pupils.PupilFilter;
import org.opencrcn.organization.application.pupils.PupilImports;
import org.opencrcn.organization.application.pupils.PupilSummary;
import org.opencrcn.organization.application.pupils.Pupils;
import org.opencrcn.organization.domain.ImportStatus;
import org.opencrcn.organization.domain.siecle.SiecleIssue;
import org.opencrcn.organization.domain.siecle.SiecleProblem;

/**
 * The SIECLE import as the director runs it: a background Jakarta Batch job to the end with its
 * report, all-or-nothing, idempotent, pupils absent from a new file disabled with their class kept.
 * Each test imports the file it relies on first (the database is shared by the run).
 */
@ExtendWith(ArquillianExtension.class)
class PupilImportIT {

  @Deployment
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear = InContainer.ear(PupilImportIT.class);
    WebArchive web = ear.getAsType(WebArchive.class, "opencrcn-web.war");
    for (String file :
        List.of(
            "college-jean-moulin.xml",
            "college-jean-moulin-next-year.xml",
            "college-jean-moulin-bad.xml")) {
      web.addAsResource("siecle/" + file);
    }
    return ear;
  }

  @Inject private PupilImports imports;
  @Inject private Pupils pupils;
  @Inject private AsDirector asDirector;
  @Inject private AsPupil asPupil;
  @Inject private PupilsTestData pupilsData;
  @Inject private Positioning positioning;

  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  @Test
  @DisplayName(
      "The job reads the ISO-8859-15 export to the end and reports what it did; the pupils are listed with their class")
  void importsToTheEnd() throws Exception {
    ImportProgress report = importFile("college-jean-moulin.xml");

    assertThat(report.status()).isEqualTo(ImportStatus.DONE);
    assertThat(report.total()).isEqualTo(3);
    assertThat(report.skipped()).isEqualTo(3);
    assertThat(report.created() + report.updated() + report.unchanged()).isEqualTo(3);
    assertThat(report.finishedAt()).isNotNull();
    assertThat(names(PupilFilter.NONE))
        .containsExactly("LEFÈVRE Noé 5B", "MARTIN Léa 6A", "SMITH Harry 6A");
    assertThat(names(new PupilFilter("6A", null)))
        .containsExactly("MARTIN Léa 6A", "SMITH Harry 6A");
    assertThat(names(new PupilFilter(null, "lef"))).containsExactly("LEFÈVRE Noé 5B");
    // Accents and case ignored, as teachers type names.
    assertThat(names(new PupilFilter(null, "Lefevre"))).containsExactly("LEFÈVRE Noé 5B");
    assertThat(names(new PupilFilter(null, "NOE"))).containsExactly("LEFÈVRE Noé 5B");
    assertThat(asDirector.call(() -> imports.lastImportDate(jeanMoulin())))
        .contains(report.finishedAt());
  }

  @Test
  @DisplayName(
      "The import's job is recorded in the application's database (JBeret's repository, which every node reads): completed, with the import's id")
  void jobRecordedInTheDatabase() throws Exception {
    ImportProgress report = importFile("college-jean-moulin.xml");

    assertThat(JobRepositoryRows.endedStatus(em, "pupil-import", "importId", report.id()))
        .isEqualTo("COMPLETED");
  }

  @Test
  @DisplayName("The same file twice: the second import changes nothing")
  void idempotent() throws Exception {
    importFile("college-jean-moulin.xml");
    List<Instant> before = updatedAt();

    ImportProgress again = importFile("college-jean-moulin.xml");

    assertThat(again.status()).isEqualTo(ImportStatus.DONE);
    assertThat(again.created()).isZero();
    assertThat(again.updated()).isZero();
    assertThat(again.unchanged()).isEqualTo(3);
    assertThat(updatedAt()).isEqualTo(before);
  }

  @Test
  @DisplayName(
      "A file with one bad pupil changes nothing, and its report lists every rejected pupil and why")
  void allOrNothing() throws Exception {
    importFile("college-jean-moulin.xml");
    List<String> before = names(PupilFilter.NONE);

    ImportProgress refused = importFile("college-jean-moulin-bad.xml");

    assertThat(refused.status()).isEqualTo(ImportStatus.REFUSED);
    assertThat(refused.issues())
        .extracting(SiecleIssue::ine, SiecleIssue::problem)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("070000002BB", SiecleProblem.BIRTHDATE_INVALID),
            org.assertj.core.groups.Tuple.tuple("070000003CC", SiecleProblem.SEX_MISSING));
    assertThat(refused.issueCount()).isEqualTo(2);
    assertThat(names(PupilFilter.NONE)).as("MARTIN not renamed").isEqualTo(before);
  }

  @Test
  @DisplayName(
      "Pupils absent from a new file are disabled, not deleted, and keep their class; others are updated")
  void absentDisabled() throws Exception {
    importFile("college-jean-moulin.xml");

    ImportProgress nextYear = importFile("college-jean-moulin-next-year.xml");

    assertThat(nextYear.status()).isEqualTo(ImportStatus.DONE);
    assertThat(nextYear.created() + nextYear.updated())
        .as("GARÇON added (or back), MARTIN changed class")
        .isEqualTo(2);
    assertThat(nextYear.unchanged()).isEqualTo(1);
    assertThat(nextYear.disabled()).isEqualTo(1);
    assertThat(names(PupilFilter.NONE))
        .containsExactly("GARÇON Noé 5B", "MARTIN Léa 5A", "SMITH Harry 6A");
    assertThat(
            em.createNativeQuery(
                    "select division, active from pupil where ine = '070000002BB'"
                        + " and organization_id = ?1")
                .setParameter(1, jeanMoulin())
                .getResultList())
        .singleElement()
        .satisfies(
            row -> {
              Object[] values = (Object[]) row;
              assertThat(values[0]).isEqualTo("5B");
              assertThat(values[1]).isEqualTo(false);
            });

    importFile("college-jean-moulin.xml");
  }

  @Test
  @DisplayName(
      "A pupil linked to their account shows how many competences they have at level 1 or more, as their scorecards do")
  void certifiability() throws Exception {
    importFile("college-jean-moulin.xml");
    long school = jeanMoulin();
    pupilsData.link(school, "Léa", "MARTIN", LocalDate.of(2012, 3, 14), asPupilSubject());
    long levelled =
        asPupil.call(positioning::scorecards).values().stream()
            .filter(card -> card.level() >= 1)
            .count();

    PupilSummary lea =
        asDirector.call(() -> pupils.page(school, new PupilFilter(null, "martin"), 0, 10)).get(0);

    assertThat(lea.linked()).isTrue();
    assertThat(lea.levelledCompetences()).isEqualTo((int) levelled);
    assertThat(lea.certifiable()).isEqualTo(levelled >= 5);
    assertThat(
            asDirector
                .call(() -> pupils.page(school, new PupilFilter(null, "smith"), 0, 10))
                .get(0)
                .levelledCompetences())
        .as("no account linked: unknown")
        .isNull();
  }

  private ImportProgress importFile(String name) throws Exception {
    long school = jeanMoulin();
    long id =
        asDirector.call(
            () -> {
              try (InputStream in = PupilImportIT.class.getResourceAsStream("/siecle/" + name)) {
                return imports.start(school, name, in);
              }
            });
    return awaitEnd(id);
  }

  /** Waits for the background job (bounded): the job's end is what is asserted, not its speed. */
  private ImportProgress awaitEnd(long importId) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    ImportProgress progress = asDirector.call(() -> imports.progress(importId));
    while (progress.running() && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      progress = asDirector.call(() -> imports.progress(importId));
    }
    return progress;
  }

  private List<String> names(PupilFilter filter) throws Exception {
    long school = jeanMoulin();
    return asDirector.call(() -> pupils.page(school, filter, 0, 50)).stream()
        .map((PupilSummary p) -> p.familyName() + " " + p.firstName() + " " + p.division())
        .toList();
  }

  @SuppressWarnings("unchecked")
  private List<Instant> updatedAt() {
    return ((List<Object>)
            em.createNativeQuery(
                    "select p.updated_at from pupil p join organization o on o.id = p.organization_id where o.uai = '0381999Z' order by p.ine")
                .getResultList())
        .stream().map(PupilImportIT::instant).toList();
  }

  private static Instant instant(Object value) {
    return value instanceof java.time.OffsetDateTime offset
        ? offset.toInstant()
        : value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
  }

  private long jeanMoulin() {
    return ((Number)
            em.createNativeQuery("select id from organization where uai = '0381999Z'")
                .getSingleResult())
        .longValue();
  }

  /** The demo pupil AsPupil runs as (Léa Martin, "eleve"). */
  private static String asPupilSubject() {
    return org.opencrcn.it.support.DemoAccounts.PUPIL.subject;
  }
}
