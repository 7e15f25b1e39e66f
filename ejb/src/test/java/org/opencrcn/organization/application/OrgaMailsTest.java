package org.opencrcn.organization.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.organization.domain.MembershipRole;
import org.opencrcn.organization.domain.Uai;
import org.opencrcn.shared.SecretToken;
import org.opencrcn.shared.mail.Mail;

class OrgaMailsTest {
  private final OrgaMails mails = new OrgaMails("https://crcn.ac-grenoble.fr/");
  private final SecretToken token = new SecretToken("abc_DEF-123");

  @Test
  @DisplayName(
      "The activation mail names the requester and the school, and carries the link and its validity")
  void activationInFrench() {
    Mail mail =
        mails.activation(
            "ce.0381999Z@ac-grenoble.fr",
            "Collège Jean Moulin",
            new Uai("0381999Z"),
            new ActivationRequest("0381999Z", " Claire ", "Dubois"),
            token,
            7,
            Locale.FRENCH);

    assertThat(mail.to()).isEqualTo("ce.0381999Z@ac-grenoble.fr");
    assertThat(mail.subject()).isEqualTo("OpenCRCN : activez l'espace Orga de Collège Jean Moulin");
    assertThat(mail.text())
        .contains(
            "Claire Dubois a demandé à devenir administrateur de l'espace Orga de l'établissement Collège Jean Moulin (UAI 0381999Z)")
        .contains("\nhttps://crcn.ac-grenoble.fr/rejoindre/activation/abc_DEF-123\n")
        .contains("expire dans 7 jours");
    assertThat(mail.html())
        .contains("<a href=\"https://crcn.ac-grenoble.fr/rejoindre/activation/abc_DEF-123\">");
  }

  @Test
  @DisplayName("What a visitor typed cannot inject markup into the HTML mail")
  void escapesNames() {
    Mail mail =
        mails.activation(
            "ce.0381999Z@ac-grenoble.fr",
            "Lycée A&B",
            new Uai("0381999Z"),
            new ActivationRequest("0381999Z", "<a href='http://evil'>x</a>", "Dubois"),
            token,
            7,
            Locale.FRENCH);

    assertThat(mail.html())
        .doesNotContain("<a href='http://evil'>")
        .contains("&lt;a href=")
        .contains("Lycée A&amp;B");
  }

  @Test
  @DisplayName(
      "The invitation mail says who invites, to which organisation and role, in English when asked")
  void invitationInEnglish() {
    Mail mail =
        mails.invitation(
            "new.teacher@example.org",
            "Collège Jean Moulin",
            MembershipRole.MEMBER,
            "Claire Dubois",
            token,
            Locale.ENGLISH);

    assertThat(mail.subject())
        .isEqualTo("OpenCRCN: invitation to join Collège Jean Moulin on Orga");
    assertThat(mail.text())
        .contains(
            "Claire Dubois invites you to join the Orga space of Collège Jean Moulin on OpenCRCN, as member.")
        .contains("https://crcn.ac-grenoble.fr/rejoindre/invitation/abc_DEF-123");
  }

  @Test
  @DisplayName(
      "The join request mail names the teacher and the school and links to the school's members page")
  void joinRequestInFrench() {
    Mail mail =
        mails.joinRequest(
            "claire.dubois@example.org", "Collège Jean Moulin", 42, "Nadia Benali", Locale.FRENCH);

    assertThat(mail.to()).isEqualTo("claire.dubois@example.org");
    assertThat(mail.subject())
        .isEqualTo(
            "OpenCRCN : Nadia Benali demande à rejoindre l'espace Orga de Collège Jean Moulin");
    assertThat(mail.text())
        .contains(
            "D'après son ENT, Nadia Benali enseigne dans l'établissement Collège Jean Moulin et demande à rejoindre son espace Orga")
        .contains("\nhttps://crcn.ac-grenoble.fr/orga/demandes/42\n");
    assertThat(mail.html()).contains("<a href=\"https://crcn.ac-grenoble.fr/orga/demandes/42\">");
  }

  @Test
  @DisplayName("The join request mail exists in English, the requester's name escaped in HTML")
  void joinRequestInEnglish() {
    Mail mail =
        mails.joinRequest(
            "admin@example.org", "Lycée Champollion", 7, "<b>Nadia</b>", Locale.ENGLISH);

    assertThat(mail.subject())
        .isEqualTo("OpenCRCN: <b>Nadia</b> asks to join the Orga space of Lycée Champollion");
    assertThat(mail.text())
        .contains(
            "According to their ENT, <b>Nadia</b> teaches at Lycée Champollion and asks to join its Orga space");
    assertThat(mail.html()).doesNotContain("<b>Nadia</b>").contains("&lt;b&gt;Nadia&lt;/b&gt;");
  }
}
