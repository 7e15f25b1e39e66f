package org.opencrcn.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.mail.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the mail sender logs or reports never holds the recipient's address. */
class MailSenderLogsTest {
  private static final String ADDRESS = "lea.martin.private@example.org";
  private final List<String> logged = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private final MailSender sender = new MailSender();

  @BeforeEach
  void session() throws Exception {
    Properties properties = new Properties();
    properties.setProperty("mail.smtp.host", "127.0.0.1");
    properties.setProperty("mail.smtp.port", "1"); // nothing listens: the mail cannot leave
    properties.setProperty("mail.smtp.connectiontimeout", "2000");
    properties.setProperty("mail.from", "noreply@opencrcn.example");
    var field = MailSender.class.getDeclaredField("session");
    field.setAccessible(true);
    field.set(sender, Session.getInstance(properties));
    Logger.getLogger(MailSender.class.getName()).addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    Logger.getLogger(MailSender.class.getName()).removeHandler(capture);
    System.clearProperty(MailSender.OUTBOX);
  }

  @Test
  @DisplayName("A mail that cannot leave is reported without its recipient's address")
  void notSentWithoutAddress() {
    MailNotSentException notSent =
        catchThrowableOfType(MailNotSentException.class, () -> sender.send(mail()));

    assertThat(notSent).isNotNull();
    assertThat(notSent.getMessage()).doesNotContain(ADDRESS).doesNotContain("lea.martin");
  }

  @Test
  @DisplayName("A mail written to the development outbox is logged without its recipient's address")
  void outboxLogWithoutAddress() throws Exception {
    Path outbox = Files.createTempDirectory("outbox");
    System.setProperty(MailSender.OUTBOX, outbox.toString());

    sender.send(mail());

    assertThat(logged).hasSize(1);
    assertThat(logged.get(0)).contains("development outbox").doesNotContain("lea.martin");
  }

  private static Mail mail() {
    return new Mail(ADDRESS, "Sujet", "Texte\n", "<p>Texte</p>");
  }
}
