package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.EntWelcomePage;
import org.opencrcn.it.browser.pages.KeycloakLoginPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.browser.pages.QuestionPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.Browser;
import org.opencrcn.it.support.TestData;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.By;

/**
 * Signing in through the demo ENT (realm ent-demo of keycloak-realm), which the opencrcn realm
 * brokers over SAML 2.0: Keycloak offers the ENT, the ENT's own login page asks for the password,
 * and the pupil comes back to OpenCRCN signed in, welcomed once (pupil record linked), as the same
 * account every time.
 */
@ExtendWith(WithKeycloak.class)
class EntSignInBrowserIT extends BrowserJourney {
  @Test
  @DisplayName(
      "An ENT pupil signs in, links their pupil record, takes a positioning test, and is the same account next time")
  void entPupilSignsInLinksTheirRecordAndComesBack() {
    TestData.School school = data.school("Collège ENT");
    data.pupilRecord(school, "MERCIER", "Tom", LocalDate.of(2011, 5, 17), "3A");
    TestData.EntPerson pupil = data.entPerson("Tom", "Mercier", "National_ELV", "3A", school.uai());
    KeycloakLoginPage login = OpenCrcnPage.open(browser, "/").clickSignIn();
    assertThat(login.identityProviderLabel("ent")).isEqualTo("Se connecter avec mon ENT");
    KeycloakLoginPage entLogin = login.signInWith("ent");
    assertThat(entLogin.url()).contains("/realms/ent-demo/");
    entLogin.signIn(pupil.username(), pupil.password());

    EntWelcomePage welcome = new EntWelcomePage(browser);
    assertThat(welcome.text("ent-intro")).contains("Tom Mercier");
    assertThat(welcome.schools()).containsExactly(school.name() + " (" + school.uai() + ")");
    Accessibility.assertNoViolations(browser);
    // A wrong birthdate finds no record: the page says what to do, and asks again.
    welcome = welcome.linkRecordWithBirthdate("17", "5", "2012");
    assertThat(welcome.text("pupil-refusal"))
        .startsWith("Nous ne trouvons pas de dossier d'élève à votre nom");
    welcome = welcome.linkRecordWithBirthdate("31", "2", "2011");
    assertThat(welcome.text("messages")).contains("Cette date de naissance n'existe pas");
    welcome = welcome.linkRecordWithBirthdate("17", "5", "2011");
    assertThat(welcome.text("messages"))
        .contains("C'est fait : vous êtes rattaché(e) à votre dossier d'élève de " + school.name());
    assertThat(welcome.describe())
        .contains("Vous êtes rattaché(e) à votre dossier d'élève de " + school.name());
    Accessibility.assertNoViolations(browser);

    OpenCrcnPage space = welcome.continueToMySpace().awaitPath("/app/");
    assertThat(space.text("tile-1.1")).contains("Non commencée");
    // Something only this account has: one answer (skipped) in competence 1.1.
    browser.findElement(By.cssSelector("#tile-1\\.1 input[type=submit]")).click();
    new OpenCrcnPage(browser).awaitPath("/app/test.xhtml");
    QuestionPage.awaitTestPage(browser);
    new QuestionPage(browser).skip();

    // A second sign-in from a new browser (no session left anywhere): straight to the space, no
    // welcome.
    browser.quit();
    browser = Browser.start();
    EntWelcomePage.signInThroughTheEnt(browser, pupil.username(), pupil.password());

    OpenCrcnPage back = new OpenCrcnPage(browser).awaitPath("/app/");
    assertThat(back.text("welcome-name")).isEqualTo("Tom Mercier");
    assertThat(back.text("tile-1.1")).doesNotContain("Non commencée");
  }
}
