package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.EntWelcomePage;
import org.opencrcn.it.browser.pages.KeycloakLoginPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.Browser;
import org.opencrcn.it.support.Person;
import org.opencrcn.it.support.TestData;
import org.opencrcn.it.support.WithKeycloak;

/**
 * First sign-ins through the demo ENT (realm ent-demo; each test adds its own ENT people, school
 * and pupil records): a director activates their school; a pupil whose record is linked to the
 * account they had before attaches the ENT to it; an ENT naming an unknown school or no profile
 * gets a page saying what to do.
 */
@ExtendWith(WithKeycloak.class)
class EntWelcomeBrowserIT extends BrowserJourney {

  @Test
  @DisplayName("An ENT director activates their school's Orga space in one click and lands in it")
  void directorActivatesTheirSchool() {
    TestData.School school = data.school("Lycée Activé");
    TestData.EntPerson director =
        data.entPerson("Sophie", "Perrin", "National_DIR", null, school.uai());
    EntWelcomePage.signInThroughTheEnt(browser, director.username(), director.password());
    EntWelcomePage welcome = new EntWelcomePage(browser);
    assertThat(welcome.schools()).containsExactly(school.name() + " (" + school.uai() + ")");
    Accessibility.assertNoViolations(browser);

    OpenCrcnPage orga = welcome.activateSchool().awaitPath("/orga/");

    assertThat(orga.text("organization-name")).isEqualTo(school.name());
    assertThat(orga.text("membership-role")).isEqualTo("Administrateur");
    assertThat(orga.describe())
        .contains("Vous administrez maintenant l'espace Orga de " + school.name());
  }

  @Test
  @DisplayName(
      "A director of school A who is a parent at school B is offered A only, and administers A alone")
  void directorOfOneSchoolParentAtAnother() {
    TestData.School directed = data.school("Collège Dirigé");
    TestData.School parentThere = data.school("Lycée des Enfants");
    TestData.EntPerson director =
        data.entPersonWithFunctions(
            "Paul",
            "Garnier",
            List.of("National_DIR", "National_TUT"),
            List.of(directed.uai() + "$DIR$DIRECTION$-$CHEF D'ETABLISSEMENT"),
            null,
            directed.uai(),
            parentThere.uai());
    EntWelcomePage.signInThroughTheEnt(browser, director.username(), director.password());
    EntWelcomePage welcome = new EntWelcomePage(browser);

    assertThat(welcome.schools())
        .containsExactlyInAnyOrder(
            directed.name() + " (" + directed.uai() + ")",
            parentThere.name() + " (" + parentThere.uai() + ")");
    assertThat(welcome.offersActivation(directed.id())).isTrue();
    assertThat(welcome.offersActivation(parentThere.id())).isFalse();
    assertThat(welcome.noProfileHere(parentThere.id()))
        .startsWith("Votre ENT vous rattache à " + parentThere.name() + " sans dire à quel titre");
    assertThat(welcome.noProfileHere(directed.id())).isEmpty();
    Accessibility.assertNoViolations(browser);

    OpenCrcnPage orga = welcome.activateSchool(directed.id()).awaitPath("/orga/");

    assertThat(orga.text("organization-name")).isEqualTo(directed.name());
    assertThat(orga.text("membership-role")).isEqualTo("Administrateur");
    assertThat(orga.describe()).doesNotContain(parentThere.name());
    Accessibility.assertNoViolations(browser);
  }

  @Test
  @DisplayName(
      "A pupil whose record is linked to her local account attaches the ENT to it after typing its password")
  void pupilAttachesTheEntToHerAccount() {
    TestData.School school = data.school("Collège Rattaché");
    Person local = data.person("Léa", "Martin");
    data.pupilRecord(school, "MARTIN", "Léa", LocalDate.of(2011, 6, 2), "3B", local);
    // Her local account's result: 1.2 at level 2.
    data.completedPositioning(
        local,
        "1.2",
        10,
        List.of("@c12fichiers1", "@c12fichiers2", "@c12stockage1", "@c12stockage2"),
        List.of("@c12fichiers3", "@c12stockage3", "@c12archives3"));
    TestData.EntPerson ent = data.entPerson("Léa", "Martin", "National_ELV", "3B", school.uai());
    EntWelcomePage.signInThroughTheEnt(browser, ent.username(), ent.password());
    EntWelcomePage welcome = new EntWelcomePage(browser).linkRecordWithBirthdate("2", "6", "2011");
    assertThat(welcome.text("pupil-refusal"))
        .startsWith("Votre dossier d'élève est déjà rattaché à un autre compte OpenCRCN");
    Accessibility.assertNoViolations(browser);

    KeycloakLoginPage login = welcome.startAttachment();
    assertThat(login.url()).contains("/realms/opencrcn/");
    login.signIn(local.username(), local.password());
    OpenCrcnPage confirm = new OpenCrcnPage(browser).awaitPath("/ent/rattacher.xhtml");
    assertThat(confirm.text("attach-offer"))
        .contains(local.displayName())
        .contains("« " + local.username() + " »");
    Accessibility.assertNoViolations(browser);
    confirm.submit("attach:confirm").awaitPath("/app/");

    // From now on the ENT opens her account, with its results.
    browser.quit();
    browser = Browser.start();
    EntWelcomePage.signInThroughTheEnt(browser, ent.username(), ent.password());
    OpenCrcnPage space = new OpenCrcnPage(browser).awaitPath("/app/");
    assertThat(space.text("welcome-name")).isEqualTo(local.displayName());
    assertThat(space.text("tile-1.2")).contains("Niveau 2");
  }

  @Test
  @DisplayName("A pupil who goes on without linking her record finds the way back on her dashboard")
  void pupilLinksLater() {
    TestData.School school = data.school("Collège Plus Tard");
    data.pupilRecord(school, "PETIT", "Emma", LocalDate.of(2011, 11, 30), "3B");
    TestData.EntPerson pupil = data.entPerson("Emma", "Petit", "National_ELV", "3B", school.uai());
    EntWelcomePage.signInThroughTheEnt(browser, pupil.username(), pupil.password());
    OpenCrcnPage space = new EntWelcomePage(browser).continueToMySpace().awaitPath("/app/");
    assertThat(space.text("ent-link-record"))
        .startsWith("Vous n'êtes pas encore rattaché(e) à votre dossier d'élève");

    space.click("ent-link-record-link");
    EntWelcomePage welcome =
        new EntWelcomePage(browser).linkRecordWithBirthdate("30", "11", "2011");
    assertThat(welcome.describe())
        .contains("Vous êtes rattaché(e) à votre dossier d'élève de " + school.name());
    assertThat(OpenCrcnPage.open(browser, "/app/index.xhtml").has("ent-link-record")).isFalse();
  }

  @Test
  @DisplayName(
      "An ENT naming a school the platform does not know, or no profile, gets a page saying what to do")
  void unknownSchoolOrNoProfile() {
    String unknownUai = TestData.unknownUai();
    TestData.EntPerson lucas = data.entPerson("Lucas", "Blanc", "National_ELV", "4C", unknownUai);
    EntWelcomePage.signInThroughTheEnt(browser, lucas.username(), lucas.password());
    EntWelcomePage unknown = new EntWelcomePage(browser);
    assertThat(unknown.text("ent-unknown-" + unknownUai))
        .contains(unknownUai)
        .contains("n'est pas inscrit sur OpenCRCN");
    assertThat(unknown.schools()).isEmpty();
    Accessibility.assertNoViolations(browser);
    unknown.continueToMySpace().awaitPath("/app/");

    browser.quit();
    browser = Browser.start();
    TestData.School school = data.school("Lycée Sans Profil");
    TestData.EntPerson chloe = data.entPerson("Chloé", "Roussel", null, null, school.uai());
    EntWelcomePage.signInThroughTheEnt(browser, chloe.username(), chloe.password());
    EntWelcomePage noProfile = new EntWelcomePage(browser);
    assertThat(noProfile.text("ent-no-profile")).contains("ne nous a pas dit si vous êtes élève");
    assertThat(noProfile.schools()).containsExactly(school.name() + " (" + school.uai() + ")");
  }
}
