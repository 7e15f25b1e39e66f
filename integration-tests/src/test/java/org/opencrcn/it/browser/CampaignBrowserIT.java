package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.CampaignCreationPage;
import org.opencrcn.it.browser.pages.CampaignLearnerPages;
import org.opencrcn.it.browser.pages.CampaignPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.Browser;
import org.opencrcn.it.support.Person;
import org.opencrcn.it.support.TestData;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A teacher creates a campaign; a pupil of the school, in a second browser, joins with the code,
 * plays the profile's tests, shares; the teacher then sees the participant, the collective results
 * and the analysis. The school, the teacher and the pupil (linked to her record) are the test's.
 */
@ExtendWith(WithKeycloak.class)
class CampaignBrowserIT extends BrowserJourney {
  private static final String PROFILE = "[LP] Sciences - 2nde LP";

  @Test
  @DisplayName("A campaign from creation to the teacher's analysis, the pupil in a second browser")
  void teacherAndPupil() {
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
      learner.share();
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
    campaign.tab("analyse");
    assertThat(campaign.analysisTopics()).hasSize(3);
    Accessibility.assertNoViolations(browser);
  }
}
