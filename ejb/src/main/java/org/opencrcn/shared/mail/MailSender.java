package org.opencrcn.shared.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.opencrcn.shared.Settings;

/**
 * Sends a mail through the server's mail session (host, port, TLS and sender configured in WildFly,
 * see configure-server.cli). When {@code opencrcn.mail.outbox} names a folder, the mail is written
 * there as an .eml file instead: the run command has no SMTP server, and a developer opens the
 * activation or invitation link from that file.
 */
@ApplicationScoped
public class MailSender {
  static final String OUTBOX = "opencrcn.mail.outbox";
  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  @Resource(lookup = "java:jboss/mail/OpenCrcn")
  private Session session;

  /**
   * @throws MailNotSentException when the mail server refuses it or cannot be reached
   */
  public void send(Mail mail) {
    try {
      MimeMessage message = compose(mail);
      Optional<Path> outbox = Settings.text(OUTBOX).map(Path::of);
      if (outbox.isPresent()) {
        write(message, outbox.get());
      } else {
        transmit(message);
      }
    } catch (MessagingException | IOException e) {
      // No address in the message: it reaches the logs, which must hold no one's e-mail address
      // (and a mail server's own message may quote it, hence its class only).
      throw new MailNotSentException("Mail not sent: " + e.getClass().getSimpleName(), e);
    }
  }

  private MimeMessage compose(Mail mail) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(); // the mail session's "from" (OPENCRCN_MAIL_FROM)
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
    message.setSubject(mail.subject(), "UTF-8");
    message.setSentDate(new Date());
    message.setHeader("Auto-Submitted", "auto-generated");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), "UTF-8");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.html(), "UTF-8", "html");
    message.setContent(new MimeMultipart("alternative", text, html));
    message.saveChanges();
    return message;
  }

  /** Credentials are optional and stay out of the server configuration (environment only). */
  private void transmit(MimeMessage message) throws MessagingException {
    Optional<String> username = Settings.text("opencrcn.smtp.username");
    try (Transport transport = session.getTransport("smtp")) {
      if (username.isPresent()) {
        transport.connect(username.get(), Settings.text("opencrcn.smtp.password").orElse(""));
      } else {
        transport.connect();
      }
      transport.sendMessage(message, message.getAllRecipients());
    }
  }

  private static void write(MimeMessage message, Path outbox)
      throws IOException, MessagingException {
    Files.createDirectories(outbox);
    Path file =
        outbox.resolve(
            System.currentTimeMillis()
                + "-"
                + UUID.randomUUID().toString().substring(0, 8)
                + ".eml");
    try (OutputStream out = Files.newOutputStream(file)) {
      message.writeTo(out);
    }
    LOG.info("Mail written to the development outbox: " + file);
  }
}
