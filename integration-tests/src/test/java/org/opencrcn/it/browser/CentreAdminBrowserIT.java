package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.KeycloakLoginPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.Inbox;
import org.opencrcn.it.support.Person;
import org.opencrcn.it.support.WithGreenMail;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A platform administrator creates a SUP certification centre and invites a person by e-mail; the
 * person opens the mailed link (read from GreenMail), registers with the invited address, accepts
 * and enters the centre's Certif space.
 */
@ExtendWith({WithKeycloak.class, WithGreenMail.class})
class CentreAdminBrowserIT extends BrowserJourney {

  @Test
  @DisplayName(
      "The admin creates a SUP centre and invites an address; the invited person follows the mail's link, accepts and enters the centre's Certif space")
  void createCentreAndInvite() {
    String token = UUID.randomUUID().toString().substring(0, 8);
    String name = "IUT Certif " + token;
    String invitee = "centre-" + token + "@example.org";
    Person admin = data.platformAdministrator("Sophie", "Centres");
    signInAs(admin).awaitPath("/admin/");
    OpenCrcnPage list = new OpenCrcnPage(browser).click("centres-link");
    list.awaitPath("/admin/centres.xhtml");
    assertThat(list.heading()).isEqualTo("Centres de certification");
    Accessibility.assertNoViolations(browser);

    OpenCrcnPage form = list.click("create-link").awaitPath("/admin/centre.xhtml");
    Accessibility.assertNoViolations(browser);
    new Select(browser.findElement(By.id("centre:type"))).selectByValue("SUP");
    form = form.submit("centre:save");
    assertThat(form.text("messages")).isEqualTo("Indiquez le nom du centre.");

    form.type("centre:name", name);
    OpenCrcnPage centre = form.submit("centre:save").awaitPath("/admin/centre.xhtml");
    assertThat(centre.text("messages")).isEqualTo("Le centre est créé.");
    assertThat(centre.text("state-title")).isEqualTo(name);
    assertThat(centre.text("centre-status")).isEqualTo("Active");
    Accessibility.assertNoViolations(browser);

    centre.type("invite:email", invitee);
    centre = centre.submit("invite:send").awaitPath("/admin/centre.xhtml");
    assertThat(centre.text("messages"))
        .isEqualTo("Une invitation est envoyée à " + invitee + " ; le lien vaut 7 jours.");
    assertThat(centre.texts(".invitation-email")).containsExactly(invitee);
    Accessibility.assertNoViolations(browser);

    OpenCrcnPage back = centre.click("back-link").awaitPath("/admin/centres.xhtml");
    assertThat(back.texts(".centre-link")).contains(name);
    back.signOut().awaitPath("/");

    var mail = Inbox.of(invitee).awaitMail(1);
    assertThat(mail.subject()).contains(name);
    browser.get(mail.link("/rejoindre/centre/"));
    String username = "centre-" + token;
    new KeycloakLoginPage(browser)
        .openRegistration()
        .register(username, invitee, "Inès", "Invitée", "Secret-" + username);
    OpenCrcnPage join = new OpenCrcnPage(browser).awaitPath("/rejoindre/centre.xhtml");
    assertThat(join.has("join-centre")).as(join.describe()).isTrue();
    assertThat(join.text("join-centre")).isEqualTo(name);
    assertThat(join.text("join-offer")).contains("deviendrez membre du centre de certification");
    assertThat(join.has("join-other-address")).isFalse();
    Accessibility.assertNoViolations(browser);

    OpenCrcnPage certif = join.submit("join:accept").awaitPath("/certif/index.xhtml");
    assertThat(certif.text("centre-name")).isEqualTo(name);
    Accessibility.assertNoViolations(browser);

    browser.get(mail.link("/rejoindre/centre/"));
    OpenCrcnPage again = new OpenCrcnPage(browser).awaitPath("/rejoindre/centre.xhtml");
    assertThat(again.text("join-refused")).startsWith("Ce lien a déjà été utilisé");

    again.signOut().awaitPath("/");
    signInAs(admin).awaitPath("/admin/");
    OpenCrcnPage centres =
        new OpenCrcnPage(browser).click("centres-link").awaitPath("/admin/centres.xhtml");
    OpenCrcnPage members =
        centres.submit(browser.findElement(By.linkText(name))).awaitPath("/admin/centre.xhtml");
    assertThat(members.texts(".member-name")).containsExactly("Inès Invitée");

    members = members.submit(browser.findElement(By.cssSelector(".remove-member")));
    assertThat(members.text("confirm-removal-text"))
        .contains("Inès Invitée", invitee, name)
        .contains("ne fera plus partie du centre");
    assertThat(members.texts(".member-name")).containsExactly("Inès Invitée");
    Accessibility.assertNoViolations(browser);
    members = members.submit("removal:cancel");
    assertThat(members.has("confirm-removal")).isFalse();
    assertThat(members.texts(".member-name")).containsExactly("Inès Invitée");

    members = members.submit(browser.findElement(By.cssSelector(".remove-member")));
    members = members.submit("removal:confirm").awaitPath("/admin/centre.xhtml");
    assertThat(members.text("messages")).isEqualTo("La personne n'est plus membre du centre.");
    assertThat(members.texts(".member-name")).isEmpty();
  }
}
