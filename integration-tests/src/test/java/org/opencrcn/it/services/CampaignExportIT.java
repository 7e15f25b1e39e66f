package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.campaign.application.CampaignSettings;
import org.opencrcn.campaign.application.CampaignViews.CampaignForm;
import org.opencrcn.campaign.application.Campaigns;
import org.opencrcn.campaign.application.export.CampaignExports;
import org.opencrcn.campaign.application.export.CampaignExports.Format;
import org.opencrcn.campaign.application.export.ExportFileRetention;
import org.opencrcn.campaign.application.export.ExportJob;
import org.opencrcn.campaign.domain.CampaignType;
import org.opencrcn.it.services.runas.AsColleague;
import org.opencrcn.it.services.runas.AsPlatformAdmin;
import org.opencrcn.it.services.runas.AsTeacher;
import org.opencrcn.referential.application.TargetProfileCatalog;
import org.opencrcn.shared.AccessDeniedException;

/**
 * A campaign's exports read back as a teacher would open them: the Excel workbook with POI, the CSV
 * with Commons CSV — every column, the values of a shared and an unshared participant, a pupil
 * named as a formula made inert — and only for the organisation's members, by no other id.
 */
@ExtendWith(ArquillianExtension.class)
class CampaignExportIT {
  private static final String PROFILE = "clg-information-donnees";
  private static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";
  private static final Instant STARTED = Instant.parse("2026-03-02T07:15:00Z");

  /** 22:30 UTC on 1 July is already 2 July, 00:30, in Paris. */
  private static final Instant SHARED = Instant.parse("2026-07-01T22:30:00Z");

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(CampaignExportIT.class);
  }

  @Inject private Campaigns campaigns;
  @Inject private CampaignExports exports;
  @Inject private TargetProfileCatalog profiles;
  @Inject private OrgaTestData data;
  @Inject private CampaignExportTestData participations;
  @Inject private AsColleague asTeacher;
  @Inject private AsTeacher asOutsider;
  @Inject private AsPlatformAdmin asPlatformAdmin;
  @Inject private ExportFileRetention retention;

  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  private long organization;
  private long campaign;
  private Map<String, Long> targeted;

  @BeforeEach
  void campaignWithThreeParticipants() throws Exception {
    data.ensureTestAccounts();
    organization = data.organization("PRO", true, false).id();
    data.addMember(organization, AsColleague.SUBJECT, "MEMBER");
    campaign =
        asTeacher.call(
            () ->
                campaigns.create(
                    organization,
                    new CampaignForm(
                        "Export IT", CampaignType.ASSESSMENT, PROFILE, true, "Numéro", null)));
    targeted =
        profiles.targetedSkills(PROFILE).stream()
            .collect(
                Collectors.groupingBy(
                    TargetProfileCatalog.TargetedSkill::competenceCode, Collectors.counting()));
    String run = UUID.randomUUID().toString();
    long lea =
        participations.participation(
            campaign,
            "export-" + run + "-1",
            "Léa",
            "Martin",
            "3A",
            "E-1",
            20,
            20,
            STARTED,
            SHARED);
    participations.tube(lea, "c11moteur", "1.1", 3, 2);
    participations.tube(lea, "c11source", "1.1", 3, 1);
    participations.tube(lea, "c12fichiers", "1.2", 3, 3);
    long formula =
        participations.participation(
            campaign,
            "export-" + run + "-2",
            FORMULA,
            "Bernard",
            "3A",
            "-1",
            20,
            20,
            STARTED,
            SHARED);
    participations.tube(formula, "c13tableur", "1.3", 3, 1);
    participations.participation(
        campaign, "export-" + run + "-3", "Zoé", "Dubois", "3B", null, 20, 5, STARTED, null);
  }

  @Test
  @DisplayName("The Excel export holds every column in typed cells, formulas made inert")
  void excel() throws Exception {
    byte[] file = write(Format.XLSX);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      XSSFSheet sheet = workbook.getSheet("Participants");
      List<String> header = headerOf(sheet.getRow(0));
      assertThat(header)
          .startsWith(
              "Nom de l'organisation",
              "ID Campagne",
              "Code",
              "Nom de la campagne",
              "Nom du profil cible",
              "Nom du participant",
              "Prénom du participant",
              "Classe",
              "Numéro",
              "% de progression",
              "Date de début",
              "Partage (O/N)",
              "Date du partage",
              "% de maîtrise de l'ensemble des acquis du profil")
          .anyMatch(title -> title.startsWith("% de maîtrise des acquis de la compétence 1.1 "))
          .anyMatch(title -> title.startsWith("% de maîtrise des acquis du domaine 1 "))
          .noneMatch(title -> title.contains("compétence 2.1"));
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
      // Ordered by name: Bernard, Dubois, Martin.
      Row formula = sheet.getRow(1);
      assertThat(formula.getCell(6).getCellType()).isEqualTo(CellType.STRING);
      assertThat(formula.getCell(6).getStringCellValue()).isEqualTo(FORMULA);
      assertThat(formula.getCell(6).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(formula.getCell(8).getStringCellValue()).isEqualTo("-1");
      assertThat(formula.getCell(8).getCellStyle().getQuotePrefixed()).isTrue();

      Row lea = sheet.getRow(3);
      assertThat(lea.getCell(0).getStringCellValue()).isNotBlank();
      assertThat(lea.getCell(1).getNumericCellValue()).isEqualTo(campaign);
      assertThat(lea.getCell(4).getStringCellValue())
          .isEqualTo(profiles.name(PROFILE).orElseThrow());
      assertThat(lea.getCell(5).getStringCellValue()).isEqualTo("Martin");
      assertThat(lea.getCell(6).getStringCellValue()).isEqualTo("Léa");
      assertThat(lea.getCell(7).getStringCellValue()).isEqualTo("3A");
      assertThat(lea.getCell(8).getStringCellValue()).isEqualTo("E-1");
      assertThat(lea.getCell(9).getNumericCellValue()).isEqualTo(1.0);
      assertThat(lea.getCell(10).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2026, 3, 2, 8, 15));
      assertThat(lea.getCell(11).getStringCellValue()).isEqualTo("O");
      assertThat(lea.getCell(12).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2026, 7, 2, 0, 30));
      int mastery11 =
          header.indexOf(
              header.stream()
                  .filter(t -> t.startsWith("% de maîtrise des acquis de la compétence 1.1 "))
                  .findFirst()
                  .orElseThrow());
      long targeted11 = targeted.get("1.1");
      assertThat(lea.getCell(mastery11).getNumericCellValue())
          .isCloseTo(3.0 / targeted11, org.assertj.core.data.Offset.offset(0.0001));
      assertThat(lea.getCell(mastery11 + 1).getNumericCellValue()).isEqualTo(targeted11);
      assertThat(lea.getCell(mastery11 + 2).getNumericCellValue()).isEqualTo(3);
      long all = targeted.values().stream().mapToLong(Long::longValue).sum();
      assertThat(lea.getCell(13).getNumericCellValue())
          .isCloseTo(6.0 / all, org.assertj.core.data.Offset.offset(0.0001));

      Row zoe = sheet.getRow(2);
      assertThat(zoe.getCell(6).getStringCellValue()).isEqualTo("Zoé");
      assertThat(zoe.getCell(9).getNumericCellValue()).isEqualTo(0.25);
      assertThat(zoe.getCell(11).getStringCellValue()).isEqualTo("N");
      assertThat(zoe.getCell(12)).isNull();
      assertThat(zoe.getCell(13)).isNull();
      assertThat(zoe.getCell(mastery11)).isNull();
      assertThat(zoe.getCell(mastery11 + 1).getNumericCellValue()).isEqualTo(targeted11);

      XSSFSheet collective = workbook.getSheet("Résultats collectifs");
      assertThat(collective.getRow(1).getCell(0).getStringCellValue()).isEqualTo("1.1");
      assertThat(collective.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1.5);
      assertThat(collective.getDrawingPatriarch().getCharts()).hasSize(1);
    }
  }

  @Test
  @DisplayName("The CSV is French: BOM, semicolons, decimal commas, Paris dates, inert formulas")
  void csv() throws Exception {
    byte[] file = write(Format.CSV);
    assertThat(file).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(file, StandardCharsets.UTF_8).substring(1);
    List<CSVRecord> records =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .get()
            .parse(new StringReader(text))
            .getRecords();
    assertThat(records).hasSize(4);
    assertThat(records.get(0).get(8)).isEqualTo("Numéro");
    CSVRecord formula = records.get(1);
    assertThat(formula.get(6)).isEqualTo("'" + FORMULA);
    assertThat(formula.get(8)).isEqualTo("'-1");
    CSVRecord zoe = records.get(2);
    assertThat(zoe.get(9)).isEqualTo("25,0");
    assertThat(zoe.get(11)).isEqualTo("N");
    assertThat(zoe.get(13)).isEmpty();
    CSVRecord lea = records.get(3);
    assertThat(lea.get(10)).isEqualTo("02/03/2026 08:15");
    assertThat(lea.get(12)).isEqualTo("02/07/2026 00:30");
    assertThat(lea.get(9)).isEqualTo("100,0");
    assertThat(lea.size()).isEqualTo(records.get(0).size());
  }

  @Test
  @DisplayName("No export for another organisation's member, nor for a campaign id of elsewhere")
  void isolation() throws Exception {
    assertThatThrownBy(
            () -> asOutsider.call(() -> exports.download(organization, campaign, Format.XLSX)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                asOutsider.call(
                    () ->
                        exports.write(
                            organization, campaign, Format.CSV, new ByteArrayOutputStream())))
        .isInstanceOf(AccessDeniedException.class);
    long otherOrganization = data.organization("PRO", true, false).id();
    data.addMember(otherOrganization, AsColleague.SUBJECT, "MEMBER");
    ByteArrayOutputStream nothing = new ByteArrayOutputStream();
    assertThatThrownBy(
            () ->
                asTeacher.call(
                    () -> exports.write(otherOrganization, campaign, Format.XLSX, nothing)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(nothing.size()).isZero();
    assertThat(participations.exportEvents(campaign)).isZero();
    assertThat(asTeacher.call(() -> exports.download(organization, campaign, Format.XLSX)))
        .satisfies(d -> assertThat(d.fileName()).matches("campagne-[A-Z]{6}[0-9]{3}\\.xlsx"));
  }

  @Test
  @DisplayName(
      "A large campaign's export runs as a job: progress to 100 %, the file read back with POI,"
          + " for the organisation's members only, deleted a day later")
  void backgroundJob() throws Exception {
    String setting = CampaignSettings.EXPORT_BACKGROUND_FROM;
    try {
      System.setProperty(setting, "4");
      assertThat(asTeacher.call(() -> exports.inBackground(organization, campaign))).isFalse();
      System.setProperty(setting, "3");
      assertThat(asTeacher.call(() -> exports.inBackground(organization, campaign))).isTrue();
    } finally {
      System.clearProperty(setting);
    }
    long before = participations.exportEvents(campaign);
    long job = asTeacher.call(() -> exports.start(organization, campaign, Format.XLSX));
    ExportJob state = asTeacher.call(() -> exports.job(organization, job));
    for (int i = 0; i < 600 && state.running(); i++) {
      Thread.sleep(100);
      state = asTeacher.call(() -> exports.job(organization, job));
    }
    assertThat(state.status()).isEqualTo(ExportJob.Status.DONE);
    assertThat(state.percent()).isEqualTo(100);
    assertThat(state.written()).isEqualTo(3);
    assertThat(state.total()).isEqualTo(3);
    assertThat(state.campaignId()).isEqualTo(campaign);
    assertThat(asTeacher.call(() -> exports.fileDownload(organization, job)))
        .satisfies(d -> assertThat(d.fileName()).matches("campagne-[A-Z]{6}[0-9]{3}\\.xlsx"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    asTeacher.call(
        () -> {
          exports.writeFile(organization, job, out);
          return null;
        });
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      XSSFSheet sheet = workbook.getSheet("Participants");
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
      assertThat(sheet.getRow(3).getCell(5).getStringCellValue()).isEqualTo("Martin");
      assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isNotBlank();
      assertThat(
              workbook.getSheet("Résultats collectifs").getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("1.1");
    }
    // The job's run is a row of the application's database, which every node reads.
    assertThat(JobRepositoryRows.endedStatus(em, "campaign-export", "exportId", job))
        .isEqualTo("COMPLETED");
    // Queued and downloaded: two EXPORT events.
    assertThat(participations.exportEvents(campaign)).isEqualTo(before + 2);

    // Another organisation's member, or this teacher naming another organisation: no such job.
    assertThatThrownBy(() -> asOutsider.call(() -> exports.job(organization, job)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> asOutsider.call(() -> exports.fileDownload(organization, job)))
        .isInstanceOf(AccessDeniedException.class);
    long otherOrganization = data.organization("PRO", true, false).id();
    data.addMember(otherOrganization, AsColleague.SUBJECT, "MEMBER");
    assertThatThrownBy(() -> asTeacher.call(() -> exports.job(otherOrganization, job)))
        .isInstanceOf(AccessDeniedException.class);
    ByteArrayOutputStream nothing = new ByteArrayOutputStream();
    assertThatThrownBy(
            () ->
                asTeacher.call(
                    () -> {
                      exports.writeFile(otherOrganization, job, nothing);
                      return null;
                    }))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(nothing.size()).isZero();

    // A day later the file is gone and the job says so.
    asPlatformAdmin.call(() -> retention.runAt(Instant.now().plus(Duration.ofHours(25))));
    assertThat(asTeacher.call(() -> exports.job(organization, job)).status())
        .isEqualTo(ExportJob.Status.EXPIRED);
    assertThatThrownBy(() -> asTeacher.call(() -> exports.fileDownload(organization, job)))
        .isInstanceOf(AccessDeniedException.class);
  }

  private byte[] write(Format format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long before = participations.exportEvents(campaign);
    long lines = asTeacher.call(() -> exports.write(organization, campaign, format, out));
    assertThat(lines).isEqualTo(3);
    assertThat(participations.exportEvents(campaign)).isEqualTo(before + 1);
    return out.toByteArray();
  }

  private static List<String> headerOf(Row row) {
    List<String> titles = new java.util.ArrayList<>();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      titles.add(row.getCell(c).getStringCellValue());
    }
    return titles;
  }
}
