package org.opencrcn.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox's .eml files read back as a person reads a mail. */
class SentMailsTest {
  private static final String LINK =
      "http://localhost:8080/rejoindre/activation/"
          + "Zq3xYk7P0aVbLr9sTfUw2eHnCjM4dGi6oKp1QyE8xRvBt5NmA";

  @Test
  @DisplayName("An activation link that the .eml file cuts over two lines comes back whole")
  void quotedPrintableLinkComesBackWhole(@TempDir Path outbox) throws Exception {
    Path file = outbox.resolve("1733390000000-abcd1234.eml");
    writeMail(file, "Bonjour,\n\nPour activer l'espace Orga de Lycée Champollion : " + LINK + "\n");
    assertThat(Files.readString(file, StandardCharsets.ISO_8859_1))
        .as("the file as written: the link cut by a soft line break")
        .doesNotContain(LINK);

    SentMail mail = SentMails.read(file);

    assertThat(mail.to()).isEqualTo("ce.0382888Y@ac-grenoble.fr");
    assertThat(mail.subject()).isEqualTo("Activez l'espace Orga de Lycée Champollion");
    assertThat(mail.links()).containsExactly(LINK);
    assertThat(mail.text()).contains("Lycée Champollion");
  }

  @Test
  @DisplayName("Links end where the text around them resumes")
  void linksAreCutAtTheirEnd() {
    assertThat(SentMails.links("Voir <https://a.example/x?y=1>, puis (http://b.example/z).\n"))
        .containsExactly("https://a.example/x?y=1", "http://b.example/z");
  }

  /** As MailSender composes and writes a mail: text and HTML alternatives, UTF-8. */
  private static void writeMail(Path file, String text) throws Exception {
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
    message.setFrom(new InternetAddress("ne-pas-repondre@opencrcn.example"));
    message.setRecipients(
        Message.RecipientType.TO, InternetAddress.parse("ce.0382888Y@ac-grenoble.fr"));
    message.setSubject("Activez l'espace Orga de Lycée Champollion", "UTF-8");
    MimeBodyPart plain = new MimeBodyPart();
    plain.setText(text, "UTF-8");
    MimeBodyPart html = new MimeBodyPart();
    html.setText("<p>" + text + "</p>", "UTF-8", "html");
    message.setContent(new MimeMultipart("alternative", plain, html));
    message.saveChanges();
    try (OutputStream out = Files.newOutputStream(file)) {
      message.writeTo(out);
    }
  }
}
