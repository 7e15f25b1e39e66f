package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.FinalisationPage;
import org.opencrcn.it.browser.pages.MyCertificationsPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.browser.pages.ResultsReviewPage;
import org.opencrcn.it.browser.pages.VerificationPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.Person;
import org.opencrcn.it.support.TestData;
import org.opencrcn.it.support.WithKeycloak;

/**
 * After a finished sitting (built by the test data service until the sitting's own journey,
 * CertificationBrowserIT, is chained before it): the centre finalises with a comment, the
 * administrator publishes from the review queue, the learner downloads the certificate and anyone
 * verifies its code on the public page.
 */
@ExtendWith(WithKeycloak.class)
class CertificationResultsBrowserIT extends BrowserJourney {

  @Test
  @DisplayName(
      "The centre finalises, the administrator publishes from the queue, the learner downloads"
          + " the certificate and its code is verified on the public page")
  void finaliseReviewPublishVerify() throws Exception {
    TestData.School school = data.school("Collège Résultats");
    Person officer = data.person("Karim", "Finalise");
    long centre = data.centreOfficer(school, officer);
    Person learner = data.person("Lou", "Moreau");
    Person admin = data.platformAdministrator("Sophie", "Relit");
    long session = data.finishedSitting(centre, learner, "MOREAU");

    signInAs(officer).awaitPath("/certif/");
    FinalisationPage finalisation = FinalisationPage.open(browser, session);
    Accessibility.assertNoViolations(browser);
    String finalised = finalisation.finaliseWithComment("Coupure de courant à 10 h, sans effet.");
    assertThat(finalised)
        .isEqualTo(
            "Session finalisée : les résultats seront publiés après relecture par un administrateur.");
    new OpenCrcnPage(browser).signOut();

    signInAs(admin).awaitPath("/");
    assertThat(ResultsReviewPage.queue(browser)).contains(Long.toString(session));
    Accessibility.assertNoViolations(browser);
    ResultsReviewPage review = ResultsReviewPage.open(browser, session);
    List<String> results = review.results();
    assertThat(results).hasSize(1);
    assertThat(results.get(0)).startsWith("Certifié – reproductibilité 100 %");
    Accessibility.assertNoViolations(browser);
    assertThat(review.publish()).isEqualTo("Résultats publiés.");
    new OpenCrcnPage(browser).signOut();

    signInAs(learner).awaitPath("/");
    MyCertificationsPage mine = MyCertificationsPage.open(browser);
    assertThat(mine.statuses()).containsExactly("Certifié");
    String code = mine.codes().get(0);
    assertThat(code).matches("P-[BCDFGHJKMPQRTVWXY2346789]{8}");
    Accessibility.assertNoViolations(browser);
    try (PDDocument pdf = Loader.loadPDF(mine.certificate(code))) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains("Certificat de compétences numériques", "Lou MOREAU", code)
          .contains("/verifier.xhtml?code=" + code)
          .doesNotContain("2011");
    }
    new OpenCrcnPage(browser).signOut();

    VerificationPage verified = VerificationPage.open(browser).check(code.toLowerCase());
    assertThat(verified.text("holder")).isEqualTo("Lou MOREAU");
    assertThat(verified.text("verified-code")).isEqualTo(code);
    assertThat(verified.texts("#verified-competences tbody tr")).hasSize(5);
    Accessibility.assertNoViolations(browser);
    VerificationPage forged = VerificationPage.open(browser).check("P-ABCDE");
    assertThat(forged.text("verification-outcome"))
        .isEqualTo(
            "Ce code n'a pas la forme d'un code de vérification (P- suivi de 8 caractères) : il est mal recopié ou falsifié.");
    assertThat(forged.has("holder")).isFalse();
  }
}
