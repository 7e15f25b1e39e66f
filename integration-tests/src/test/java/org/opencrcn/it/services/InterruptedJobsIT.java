package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.campaign.application.CampaignViews.CampaignForm;
import org.opencrcn.campaign.application.Campaigns;
import org.opencrcn.campaign.application.export.CampaignExports;
import org.opencrcn.campaign.application.export.ExportJob;
import org.opencrcn.campaign.application.export.InterruptedExports;
import org.opencrcn.campaign.domain.CampaignType;
import org.opencrcn.it.services.runas.AsColleague;
import org.opencrcn.it.services.runas.AsDirector;
import org.opencrcn.it.services.runas.AsPlatformAdmin;
import org.opencrcn.organization.application.pupils.ImportProgress;
import org.opencrcn.organization.application.pupils.InterruptedImports;
import org.opencrcn.organization.application.pupils.PupilFilter;
import org.opencrcn.organization.application.pupils.PupilImports;
import org.opencrcn.organization.application.pupils.Pupils;
import org.opencrcn.organization.domain.ImportStatus;
import org.opencrcn.shared.jobs.ServerRuns;

/**
 * Imports and exports cut by a server's death (docs/operations.md 7.2): the rows a dead node leaves
 * (its job running, its server run silent) are marked failed as interrupted by the check every node
 * runs, once; a live server's jobs are left alone; a job of an earlier run of this same node
 * (killed, restarted) is dead too. The check runs as if at a given time, so that the timer, which
 * runs it at the real time every 30 s, never takes a test's rows first where the test counts what
 * it marked.
 */
@ExtendWith(ArquillianExtension.class)
class InterruptedJobsIT {
  private static final String NEXT_YEAR = "college-jean-moulin-next-year.xml";

  @Deployment
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear = InContainer.ear(InterruptedJobsIT.class);
    ear.getAsType(WebArchive.class, "opencrcn-web.war").addAsResource("siecle/" + NEXT_YEAR);
    return ear;
  }

  @Inject private InterruptedImports interruptedImports;
  @Inject private InterruptedExports interruptedExports;
  @Inject private PupilImports imports;
  @Inject private CampaignExports exports;
  @Inject private Campaigns campaigns;
  @Inject private ServerRuns serverRuns;
  @Inject private OrgaTestData orga;
  @Inject private InterruptedJobsTestData jobs;
  @Inject private AsColleague asMember;
  @Inject private AsDirector asDirector;
  @Inject private AsPlatformAdmin asPlatformAdmin;
  @Inject private Pupils pupils;

  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  private long school;
  private long campaign;
  private final String otherNode = "it-node-" + UUID.randomUUID();
  private final String otherRun = UUID.randomUUID().toString();

  @BeforeEach
  void schoolWithACampaign() throws Exception {
    orga.ensureTestAccounts();
    school = orga.organization("SCO", true, false).id();
    orga.addMember(school, AsColleague.SUBJECT, "MEMBER");
    campaign =
        asMember.call(
            () ->
                campaigns.create(
                    school,
                    new CampaignForm(
                        "Interrupted IT",
                        CampaignType.ASSESSMENT,
                        "clg-information-donnees",
                        true,
                        "Numéro",
                        null)));
  }

  @AfterEach
  void endWhatIsLeftRunning() {
    jobs.endRunning(otherRun);
    jobs.endRunning(serverRuns.currentId());
  }

  @Test
  @DisplayName(
      "An import and an export of a node silent for 10 minutes are marked failed; the pages read 'the server was stopped'")
  void deadNodesJobsMarked() throws Exception {
    jobs.serverRun(otherRun, otherNode, Instant.now().minus(Duration.ofMinutes(10)));
    long pupilImport = jobs.readingImport(school, otherRun);
    long export = jobs.runningExport(school, campaign, otherRun);

    asPlatformAdmin.call(() -> interruptedImports.runAt(Instant.now()));
    asPlatformAdmin.call(() -> interruptedExports.runAt(Instant.now()));

    ImportProgress progress = asMember.call(() -> imports.progress(pupilImport));
    assertThat(progress.status()).isEqualTo(ImportStatus.FAILED);
    assertThat(progress.running()).isFalse();
    assertThat(progress.outcome()).isEqualTo("INTERRUPTED");
    assertThat(progress.finishedAt()).isNotNull();
    ExportJob job = asMember.call(() -> exports.job(school, export));
    assertThat(job.status()).isEqualTo(ExportJob.Status.FAILED);
    assertThat(job.running()).isFalse();
    assertThat(job.outcome()).isEqualTo("INTERRUPTED");
  }

  @Test
  @DisplayName(
      "The jobs of this server are left alone however late the check, and so are those of a node that beat just now")
  void liveJobsLeftAlone() throws Exception {
    jobs.serverRun(otherRun, otherNode, Instant.now());
    long ownImport = jobs.readingImport(school, serverRuns.currentId());
    long ownExport = jobs.runningExport(school, campaign, serverRuns.currentId());
    long otherImport = jobs.readingImport(school, otherRun);
    long otherExport = jobs.runningExport(school, campaign, otherRun);

    int importsMarked =
        asPlatformAdmin.call(() -> interruptedImports.runAt(Instant.now().plusSeconds(30)));
    int exportsMarked =
        asPlatformAdmin.call(() -> interruptedExports.runAt(Instant.now().plusSeconds(30)));

    assertThat(importsMarked).isZero();
    assertThat(exportsMarked).isZero();
    for (long id : List.of(ownImport, otherImport)) {
      ImportProgress progress = asMember.call(() -> imports.progress(id));
      assertThat(progress.status()).as("import " + id).isEqualTo(ImportStatus.READING);
      assertThat(progress.outcome()).isEqualTo("READING");
      assertThat(progress.running()).isTrue();
    }
    for (long id : List.of(ownExport, otherExport)) {
      assertThat(asMember.call(() -> exports.job(school, id)).status())
          .as("export " + id)
          .isEqualTo(ExportJob.Status.RUNNING);
    }

    // A day later the other node has long been silent; this server's own jobs still run.
    Instant dayLater = Instant.now().plus(Duration.ofDays(1));
    asPlatformAdmin.call(() -> interruptedImports.runAt(dayLater));
    asPlatformAdmin.call(() -> interruptedExports.runAt(dayLater));

    assertThat(asMember.call(() -> imports.progress(ownImport)).status())
        .isEqualTo(ImportStatus.READING);
    assertThat(asMember.call(() -> exports.job(school, ownExport)).status())
        .isEqualTo(ExportJob.Status.RUNNING);
    assertThat(asMember.call(() -> imports.progress(otherImport)).outcome())
        .isEqualTo("INTERRUPTED");
    assertThat(asMember.call(() -> exports.job(school, otherExport)).outcome())
        .isEqualTo("INTERRUPTED");
  }

  @Test
  @DisplayName(
      "A job of an earlier run of this same node (killed with kill -9, restarted) is dead, though that run beat a moment ago")
  void earlierRunOfThisNode() throws Exception {
    jobs.serverRun(otherRun, jobs.nodeOf(serverRuns.currentId()), Instant.now());
    long pupilImport = jobs.readingImport(school, otherRun);
    long export = jobs.runningExport(school, campaign, otherRun);

    asPlatformAdmin.call(() -> interruptedImports.runAt(Instant.now()));
    asPlatformAdmin.call(() -> interruptedExports.runAt(Instant.now()));

    assertThat(asMember.call(() -> imports.progress(pupilImport)).outcome())
        .isEqualTo("INTERRUPTED");
    assertThat(asMember.call(() -> exports.job(school, export)).outcome()).isEqualTo("INTERRUPTED");
  }

  @Test
  @DisplayName("Two nodes checking at the same time mark a dead node's import and export once")
  void twoChecksMarkOnce() throws Exception {
    // Beating now: the real-time timer leaves it alone; the checks, 5 minutes later, find it dead.
    jobs.serverRun(otherRun, otherNode, Instant.now());
    long pupilImport = jobs.readingImport(school, otherRun);
    long export = jobs.runningExport(school, campaign, otherRun);
    Instant later = Instant.now().plus(Duration.ofMinutes(5));
    CountDownLatch start = new CountDownLatch(1);
    Callable<Integer> check =
        () -> {
          start.await();
          return asPlatformAdmin.call(
              () -> interruptedImports.runAt(later) + 10 * interruptedExports.runAt(later));
        };

    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> first = nodes.submit(check);
      Future<Integer> second = nodes.submit(check);
      start.countDown();

      assertThat(first.get() + second.get()).as("1 import + 10 × 1 export").isEqualTo(11);
    } finally {
      nodes.shutdown();
    }
    assertThat(asMember.call(() -> imports.progress(pupilImport)).outcome())
        .isEqualTo("INTERRUPTED");
    assertThat(asMember.call(() -> exports.job(school, export)).outcome()).isEqualTo("INTERRUPTED");
  }

  @Test
  @DisplayName(
      "A job whose import was marked failed (its server taken for dead) stops at its next step: no pupil written, the import stays interrupted")
  void markedImportWritesNothing() throws Exception {
    long jeanMoulin = jeanMoulin();
    List<String> before = pupilNames(jeanMoulin);

    long id =
        jobs.queuedThenMarked(
            () ->
                asDirector.call(
                    () -> {
                      try (InputStream in =
                          InterruptedJobsIT.class.getResourceAsStream("/siecle/" + NEXT_YEAR)) {
                        return imports.start(jeanMoulin, NEXT_YEAR, in);
                      }
                    }));
    JobRepositoryRows.endedStatus(em, "pupil-import", "importId", id);

    ImportProgress progress = asDirector.call(() -> imports.progress(id));
    assertThat(progress.status()).isEqualTo(ImportStatus.FAILED);
    assertThat(progress.outcome()).isEqualTo("INTERRUPTED");
    assertThat(pupilNames(jeanMoulin)).isEqualTo(before);
  }

  @Test
  @DisplayName("Only a platform administrator runs the check by hand (the timer runs it alone)")
  void onlyPlatformAdmin() {
    assertThatThrownBy(() -> asDirector.call(() -> interruptedImports.runAt(Instant.now())))
        .isInstanceOf(jakarta.ejb.EJBAccessException.class);
    assertThatThrownBy(() -> asDirector.call(() -> interruptedExports.runAt(Instant.now())))
        .isInstanceOf(jakarta.ejb.EJBAccessException.class);
  }

  private List<String> pupilNames(long school) throws Exception {
    return asDirector.call(() -> pupils.page(school, PupilFilter.NONE, 0, 50)).stream()
        .map(p -> p.familyName() + " " + p.firstName() + " " + p.division())
        .toList();
  }

  private long jeanMoulin() {
    return ((Number)
            em.createNativeQuery("select id from organization where uai = '0381999Z'")
                .getSingleResult())
        .longValue();
  }
}
