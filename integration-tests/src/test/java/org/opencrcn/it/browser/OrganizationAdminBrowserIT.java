package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.DirectoryAdminPage;
import org.opencrcn.it.browser.pages.OrganizationEditPage;
import org.opencrcn.it.browser.pages.OrganizationsAdminPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.WithKeycloak;
import org.opencrcn.organization.domain.Uai;
import org.openqa.selenium.By;

/** A platform administrator manages organisations and imports the establishments directory. */
@ExtendWith(WithKeycloak.class)
class OrganizationAdminBrowserIT extends BrowserJourney {

  private static String newUai() {
    String digits = "07" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    return digits + Uai.expectedCheckLetter(digits);
  }

  @Test
  @DisplayName(
      "Create (a refusal first), search, edit, archive and find it again among archived organisations")
  void manageAnOrganization() {
    String token = "Z" + UUID.randomUUID().toString().substring(0, 8);
    String uai = newUai();
    signInAs(data.platformAdministrator("Sophie", "Administratrice")).awaitPath("/admin/");
    browser.findElement(By.id("organizations-link")).click();
    OrganizationsAdminPage list = new OrganizationsAdminPage(browser);
    list.awaitPath("/admin/organizations.xhtml");
    Accessibility.assertNoViolations(browser);

    OrganizationEditPage form = list.create();
    Accessibility.assertNoViolations(browser);
    form.type("SCO")
        .fill("name", "Collège " + token)
        .fill("uai", "38-1999")
        .fill("email", "secretariat")
        .save();

    assertThat(form.messages()).contains("L'organisation n'a pas été enregistrée");
    assertThat(form.fieldMessage("uai"))
        .isEqualTo(
            "« 38-1999 » n'est pas un UAI : il faut 7 chiffres puis une lettre, par exemple 0381999Z.");
    assertThat(form.fieldMessage("email"))
        .startsWith("« secretariat » n'est pas une adresse électronique valide");
    Accessibility.assertNoViolations(browser);

    form.fill("uai", uai.toLowerCase())
        .fill("email", "ce." + uai + "@ac-grenoble.fr")
        .fill("town", "Crolles")
        .save();
    assertThat(form.messages()).contains("Organisation créée.");
    assertThat(form.value("uai")).isEqualTo(uai);
    Accessibility.assertNoViolations(browser);

    OrganizationsAdminPage found = new OrganizationsAdminPage(browser);
    browser.findElement(By.id("back-link")).click();
    found.awaitPath("/admin/organizations.xhtml");
    found.search("college " + token.toLowerCase(), false);
    assertThat(found.names()).containsExactly("Collège " + token);
    Accessibility.assertNoViolations(browser);

    OrganizationEditPage edit = found.open("Collège " + token);
    edit.fill("name", "Collège " + token + " rénové").save();
    assertThat(edit.messages()).contains("Modifications enregistrées.");
    edit.archive();
    assertThat(edit.status()).isEqualTo("Archivée");
    assertThat(edit.messages()).contains("Organisation archivée");
    Accessibility.assertNoViolations(browser);

    browser.findElement(By.id("back-link")).click();
    OrganizationsAdminPage after = new OrganizationsAdminPage(browser);
    after.awaitPath("/admin/organizations.xhtml");
    after.search(token, false);
    assertThat(after.names()).isEmpty();
    assertThat(after.text("result-count")).isEqualTo("0 organisation(s) trouvée(s).");
    after.search(token, true);
    assertThat(after.names()).containsExactly("Collège " + token + " rénové");
    assertThat(after.statuses()).containsExactly("Archivée");
  }

  @Test
  @DisplayName(
      "A directory with a bad line is refused with the line named; the sample directory imports with its report")
  void importTheDirectory() throws Exception {
    signInAs(data.platformAdministrator("Sophie", "Administratrice")).awaitPath("/admin/");
    browser.findElement(By.id("directory-link")).click();
    DirectoryAdminPage directory = new DirectoryAdminPage(browser);
    directory.awaitPath("/admin/directory.xhtml");
    Accessibility.assertNoViolations(browser);
    Path broken = Files.createTempFile("annuaire-", ".csv");
    Files.writeString(
        broken,
        "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;Nom_commune;Libelle_academie;Mail\n"
            + newUai()
            + ";Collège Correct;Collège;Grenoble;Grenoble;\n"
            + "0381999;Collège Sans Lettre;Collège;Grenoble;Grenoble;\n",
        StandardCharsets.UTF_8);

    directory.upload(broken);

    assertThat(directory.outcome())
        .isEqualTo("Fichier refusé, rien n'a changé : 1 erreur(s) à corriger.");
    assertThat(directory.errorLines()).containsExactly("3");
    assertThat(directory.errorMessages())
        .containsExactly(
            "« 0381999 » n'est pas un UAI : il faut 7 chiffres puis une lettre, par exemple 0381999Z.");
    Accessibility.assertNoViolations(browser);

    directory.upload(
        Path.of(
            System.getProperty("it.content.dir", "../content"),
            "annuaire",
            "annuaire-exemple.csv"));

    assertThat(directory.outcome())
        .matches("Annuaire (importé|déjà à jour) \\(encodage UTF-8\\) : .*inchangée\\(s\\)\\.");
    assertThat(directory.has("report-errors")).isFalse();
    Accessibility.assertNoViolations(browser);
    Files.delete(broken);
  }
}
