package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.campaign.application.CampaignSettings;
import org.opencrcn.it.browser.pages.CampaignCreationPage;
import org.opencrcn.it.browser.pages.CampaignLearnerPages;
import org.opencrcn.it.browser.pages.CampaignPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.Browser;
import org.opencrcn.it.support.Person;
import org.opencrcn.it.support.Screens;
import org.opencrcn.it.support.TestData;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A teacher creates a campaign; a pupil of the school, in a second browser, joins with the code,
 * plays the profile's tests, shares; the teacher then sees the participant, the collective results
 * and the analysis. The school, the teacher and the pupil (linked to her record) are the test's.
 */
@ExtendWith(WithKeycloak.class)
class CampaignBrowserIT extends BrowserJourney {
  private static final String PROFILE = "[LP] Sciences - 2nde LP";
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /**
   * The README's picture of the results tab, taken only when {@code opencrcn.screenshots.dir} is
   * set (as ./screenshots.sh does): a desktop window tall enough for the header and the results.
   */
  private void screenshotOfResults() throws IOException {
    String dir = System.getProperty("opencrcn.screenshots.dir", "");
    if (dir.isBlank()) {
      return;
    }
    Path folder = Files.createDirectories(Path.of(dir));
    Screens.emulate(browser, 1280, 1250);
    try {
      browser.executeScript(
          "document.activeElement && document.activeElement.blur(); scrollTo(0, 0);");
      Object data =
          browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png")).get("data");
      byte[] png = Base64.getDecoder().decode((String) data);
      assertThat(png).hasSizeGreaterThan(1000);
      Files.write(folder.resolve("screenshot-orga-campaign-results-desktop.png"), png);
    } finally {
      browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  @Test
  @DisplayName("A campaign from creation to the teacher's analysis, the pupil in a second browser")
  void teacherAndPupil() throws IOException {
    TestData.School school = data.school("Lycée Campagne");
    Person teacher = data.person("Théo", "Professeur");
    data.member(school, teacher);
    Person pupil = data.person("Léa", "Campagnard");
    data.pupilRecord(school, "CAMPAGNARD", "Léa", LocalDate.of(2010, 3, 14), "2NDE1", pupil);

    signInAs(teacher).awaitPath("/orga/");
    OpenCrcnPage.open(browser, "/orga/campagne-creation.xhtml?organization=" + school.id());
    Accessibility.assertNoViolations(browser);
    CampaignPage campaign =
        new CampaignCreationPage(browser).createAssessment("Rentrée 2nde", "sciences", PROFILE);
    String code = campaign.code();
    assertThat(code).matches("[A-Z]{6}[0-9]{3}");
    assertThat(campaign.text("campaign-link")).contains("code=" + code).contains("kc_idp_hint=");
    Accessibility.assertNoViolations(browser);

    LocalDateTime[] sharedBetween = new LocalDateTime[2];
    ChromeDriver second = Browser.start();
    try {
      OpenCrcnPage.open(second, "/").clickSignIn().signIn(pupil.username(), pupil.password());
      new OpenCrcnPage(second).awaitPath("/app/");
      CampaignLearnerPages learner = new CampaignLearnerPages(second).enterCode(code.toLowerCase());
      assertThat(learner.text("landing-name")).isEqualTo("Rentrée 2nde");
      Accessibility.assertNoViolations(second);
      learner.join();
      String participation = second.getCurrentUrl();
      Accessibility.assertNoViolations(second);
      while (learner.playNext()) {
        learner.answerAllRight(participation);
      }
      assertThat(learner.status()).isEqualTo("Terminé, résultats à envoyer");
      LocalDateTime beforeSharing = LocalDateTime.now(PARIS).truncatedTo(ChronoUnit.MINUTES);
      learner.share();
      sharedBetween[0] = beforeSharing;
      sharedBetween[1] = LocalDateTime.now(PARIS);
      assertThat(learner.status()).isEqualTo("Résultats envoyés");
      Accessibility.assertNoViolations(second);
    } finally {
      second.quit();
    }

    campaign.tab("participants");
    assertThat(campaign.participantNames()).containsExactly("CAMPAGNARD");
    assertThat(campaign.participantShared()).containsExactly("Oui");
    Accessibility.assertNoViolations(browser);
    campaign.tab("resultats");
    assertThat(campaign.resultRows()).hasSize(2).allMatch(row -> row.endsWith("%"));
    Accessibility.assertNoViolations(browser);
    screenshotOfResults();
    campaign.tab("analyse");
    assertThat(campaign.analysisTopics()).hasSize(3);
    Accessibility.assertNoViolations(browser);

    // The teacher's Excel export, downloaded through the page's link with her browser's session
    // and opened with POI (every column is checked by CampaignExportIT).
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(campaign.download("export-xlsx")))) {
      XSSFSheet participants = workbook.getSheet("Participants");
      List<String> header = new ArrayList<>();
      participants.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
      // No external identifier asked: no column for it.
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
              "% de progression",
              "Date de début",
              "Partage (O/N)",
              "Date du partage",
              "% de maîtrise de l'ensemble des acquis du profil");
      assertThat(participants.getLastRowNum()).isEqualTo(1);
      Row lea = participants.getRow(1);
      assertThat(lea.getCell(2).getStringCellValue()).isEqualTo(code);
      assertThat(lea.getCell(3).getStringCellValue()).isEqualTo("Rentrée 2nde");
      assertThat(lea.getCell(4).getStringCellValue()).isEqualTo(PROFILE);
      assertThat(lea.getCell(5).getStringCellValue()).isEqualTo("CAMPAGNARD");
      assertThat(lea.getCell(6).getStringCellValue()).isEqualTo("Léa");
      assertThat(lea.getCell(7).getStringCellValue()).isEqualTo("2NDE1");
      assertThat(lea.getCell(8).getNumericCellValue()).isEqualTo(1.0);
      assertThat(lea.getCell(10).getStringCellValue()).isEqualTo("O");
      // Shared a moment ago, in Paris time.
      assertThat(lea.getCell(11).getLocalDateTimeCellValue())
          .isBetween(sharedBetween[0], sharedBetween[1]);
      assertThat(lea.getCell(12).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(lea.getCell(12).getNumericCellValue()).isGreaterThan(0).isLessThanOrEqualTo(1);
      assertThat(lea.getCell(12).getCellStyle().getDataFormatString()).isEqualTo("0.0%");

      XSSFSheet collective = workbook.getSheet("Résultats collectifs");
      assertThat(collective.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Code");
      // The profile's two competences, each from the one shared result.
      assertThat(collective.getLastRowNum()).isEqualTo(2);
      for (int r = 1; r <= 2; r++) {
        assertThat(collective.getRow(r).getCell(6).getNumericCellValue()).isEqualTo(1);
      }
      assertThat(collective.getDrawingPatriarch().getCharts()).hasSize(1);
    }

    // A large campaign (the threshold lowered to this one participant): the export is prepared in
    // the background, the page follows it with a progress bar, then offers the file.
    try {
      data.campaignSetting(CampaignSettings.EXPORT_BACKGROUND_FROM, "1");
      campaign.tab("details");
      assertThat(browser.findElements(By.id("export-xlsx"))).isEmpty();
      campaign.exportInBackground("xlsx");
      assertThat(campaign.exportProgress()).isEqualTo("100");
      assertThat(campaign.exportStatus()).isEqualTo("L'export est prêt : un participant.");
      Accessibility.assertNoViolations(browser);
      try (XSSFWorkbook workbook =
          new XSSFWorkbook(new ByteArrayInputStream(campaign.download("export-download")))) {
        assertThat(workbook.getSheet("Participants").getRow(1).getCell(5).getStringCellValue())
            .isEqualTo("CAMPAGNARD");
      }
    } finally {
      data.campaignSetting(CampaignSettings.EXPORT_BACKGROUND_FROM, null);
    }
  }
}
