package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.KeycloakLoginPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.Person;
import org.opencrcn.it.support.TestData;
import org.opencrcn.it.support.WithKeycloak;

/**
 * Signing in through the real Keycloak login page, landing in one's space, signing out; each test
 * with people (and a school) of its own.
 */
@ExtendWith(WithKeycloak.class)
class SignInBrowserIT extends BrowserJourney {

  @Test
  @DisplayName("The pupil signs in on Keycloak's French page and lands on the learner space")
  void pupilLandsOnLearnerSpace() {
    Person pupil = data.person("Léna", "Connectée");
    KeycloakLoginPage login = OpenCrcnPage.open(browser, "/").clickSignIn();

    assertThat(login.url()).contains("/realms/opencrcn/");
    assertThat(login.language()).isEqualTo("fr");
    assertThat(login.offersRegistration()).isTrue();

    login.signIn(pupil.username(), pupil.password());
    OpenCrcnPage space = new OpenCrcnPage(browser).awaitPath("/app/");

    assertThat(space.text("space-title")).isEqualTo("Mon espace");
    assertThat(space.text("welcome-name")).isEqualTo(pupil.displayName());
    assertThat(space.texts(".person-card .role")).containsExactly("Apprenant");
    assertThat(space.text("learner-lead"))
        .isEqualTo("Vous avez 16 compétences à tester. On se concentre et c'est parti !");
    assertThat(space.has("nav-orga")).isFalse();
    Accessibility.assertNoViolations(browser);
  }

  @Test
  @DisplayName("A pupil who opens an Orga address gets the 403 page, not the organisation")
  void pupilIsRefusedOrga() {
    TestData.School school = data.school("Collège Fermé");
    data.member(school, data.person("Marc", "Membre"));
    signInAs(data.person("Paul", "Curieux")).awaitPath("/app/");

    OpenCrcnPage orga = OpenCrcnPage.open(browser, "/orga/index.xhtml");

    assertThat(orga.has("error-403")).isTrue();
    assertThat(orga.heading()).isEqualTo("Accès refusé");
    assertThat(orga.pageSource()).doesNotContain(school.name()).doesNotContain("at org.");
    Accessibility.assertNoViolations(browser);
  }

  @Test
  @DisplayName("The teacher signs in and lands on the Orga space of their school")
  void teacherLandsOnOrga() {
    TestData.School school = data.school("Collège Orga");
    Person teacher = data.person("Tom", "Enseignant");
    data.member(school, teacher);

    OpenCrcnPage orga = signInAs(teacher).awaitPath("/orga/");

    assertThat(orga.text("space-title")).isEqualTo("Espace Orga");
    assertThat(orga.text("welcome-name")).isEqualTo(teacher.displayName());
    assertThat(orga.text("organization-name")).isEqualTo(school.name());
    assertThat(orga.text("membership-role")).isEqualTo("Membre");
    assertThat(orga.texts(".person-card .role"))
        .containsExactly("Apprenant", "Membre d'organisation (Orga)");
    Accessibility.assertNoViolations(browser);
  }

  @Test
  @DisplayName(
      "The certification centre officer lands on Certif, the administrator on the administration")
  void otherSpaces() {
    TestData.School school = data.school("Collège Certif");
    Person officer = data.person("Karine", "Centre");
    data.centreOfficer(school, officer);
    OpenCrcnPage certif = signInAs(officer).awaitPath("/certif/");
    assertThat(certif.text("centre-name")).isEqualTo(school.name());
    // The card names the centre role, not only the realm's "Apprenant".
    assertThat(certif.texts(".person-card .role"))
        .containsExactly("Apprenant", "Membre d'un centre de certification (Certif)");
    Accessibility.assertNoViolations(browser);
    certif.signOut();

    OpenCrcnPage admin =
        signInAs(data.platformAdministrator("Sonia", "Admin")).awaitPath("/admin/");
    assertThat(admin.texts(".person-card .role"))
        .containsExactly("Apprenant", "Administrateur de la plateforme");
    Accessibility.assertNoViolations(browser);
    // The figure counts the organisations: one more is one more.
    long before = Long.parseLong(admin.text("figure-organizations"));
    data.school("Collège Compté");
    OpenCrcnPage again = OpenCrcnPage.open(browser, "/admin/");
    assertThat(Long.parseLong(again.text("figure-organizations"))).isEqualTo(before + 1);
  }

  @Test
  @DisplayName("Signing out also ends the Keycloak session: signing in again asks for the password")
  void signOutEndsKeycloakSession() {
    OpenCrcnPage space = signInAs(data.person("Sam", "Sortant")).awaitPath("/app/");

    OpenCrcnPage home = space.signOut().awaitPath("/");
    assertThat(home.has("signin")).isTrue();

    KeycloakLoginPage login = home.clickSignIn();
    assertThat(login.url()).contains("/realms/opencrcn/");
    OpenCrcnPage protectedPage = OpenCrcnPage.open(browser, "/app/index.xhtml");
    assertThat(protectedPage.has("welcome-name")).isFalse();
  }
}
