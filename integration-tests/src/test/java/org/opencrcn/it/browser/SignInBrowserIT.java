package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.KeycloakLoginPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.DemoAccounts;
import org.opencrcn.it.support.WithKeycloak;

/** Signing in through the real Keycloak login page, landing in one's space, signing out. */
@ExtendWith(WithKeycloak.class)
class SignInBrowserIT extends BrowserJourney {

  @Test
  @DisplayName("The pupil signs in on Keycloak's French page and lands on the learner space")
  void pupilLandsOnLearnerSpace() {
    KeycloakLoginPage login = OpenCrcnPage.open(browser, "/").clickSignIn();

    assertThat(login.url()).contains("/realms/opencrcn/");
    assertThat(login.language()).isEqualTo("fr");
    assertThat(login.offersRegistration()).isTrue();

    login.signIn(DemoAccounts.PUPIL.username, DemoAccounts.PASSWORD);
    OpenCrcnPage space = new OpenCrcnPage(browser).awaitPath("/app/");

    assertThat(space.text("space-title")).isEqualTo("Mon espace");
    assertThat(space.text("welcome-name")).isEqualTo(DemoAccounts.PUPIL.displayName);
    assertThat(space.texts(".person-card .role")).containsExactly("Apprenant");
    assertThat(space.text("learner-lead"))
        .isEqualTo("Vous avez 16 compétences à tester. On se concentre et c'est parti !");
    assertThat(space.has("nav-orga")).isFalse();
    Accessibility.assertNoViolations(browser);
  }

  @Test
  @DisplayName("A pupil who opens an Orga address gets the 403 page, not the organisation")
  void pupilIsRefusedOrga() {
    signInAs(DemoAccounts.PUPIL).awaitPath("/app/");

    OpenCrcnPage orga = OpenCrcnPage.open(browser, "/orga/index.xhtml");

    assertThat(orga.has("error-403")).isTrue();
    assertThat(orga.heading()).isEqualTo("Accès refusé");
    assertThat(orga.pageSource()).doesNotContain("Collège Jean Moulin").doesNotContain("at org.");
    Accessibility.assertNoViolations(browser);
  }

  @Test
  @DisplayName("The teacher signs in and lands on the Orga space of their school")
  void teacherLandsOnOrga() {
    OpenCrcnPage orga = signInAs(DemoAccounts.TEACHER).awaitPath("/orga/");

    assertThat(orga.text("space-title")).isEqualTo("Espace Orga");
    assertThat(orga.text("welcome-name")).isEqualTo(DemoAccounts.TEACHER.displayName);
    assertThat(orga.text("organization-name")).isEqualTo("Collège Jean Moulin");
    assertThat(orga.text("membership-role")).isEqualTo("Membre");
    Accessibility.assertNoViolations(browser);
  }

  @Test
  @DisplayName(
      "The certification centre officer lands on Certif, the administrator on the administration")
  void otherSpaces() {
    OpenCrcnPage certif = signInAs(DemoAccounts.CENTRE_OFFICER).awaitPath("/certif/");
    assertThat(certif.text("centre-name")).isEqualTo("Collège Jean Moulin");
    Accessibility.assertNoViolations(browser);
    certif.signOut();

    OpenCrcnPage admin = signInAs(DemoAccounts.PLATFORM_ADMIN).awaitPath("/admin/");
    assertThat(admin.texts(".person-card .role"))
        .containsExactly("Apprenant", "Administrateur de la plateforme");
    assertThat(Integer.parseInt(admin.text("figure-organizations"))).isGreaterThanOrEqualTo(2);
    Accessibility.assertNoViolations(browser);
  }

  @Test
  @DisplayName("Signing out also ends the Keycloak session: signing in again asks for the password")
  void signOutEndsKeycloakSession() {
    OpenCrcnPage space = signInAs(DemoAccounts.PUPIL).awaitPath("/app/");

    OpenCrcnPage home = space.signOut().awaitPath("/");
    assertThat(home.has("signin")).isTrue();

    KeycloakLoginPage login = home.clickSignIn();
    assertThat(login.url()).contains("/realms/opencrcn/");
    OpenCrcnPage protectedPage = OpenCrcnPage.open(browser, "/app/index.xhtml");
    assertThat(protectedPage.has("welcome-name")).isFalse();
  }
}
