package org.opencrcn.shared.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.Settings;

/**
 * The development outbox read back for the administrator ("Courriels envoyés"): the .eml files are
 * quoted-printable, which cuts long activation links over two lines, so they are decoded here and
 * the links given whole. Only in a demonstration (demo data on) whose mails go to an outbox folder:
 * a real platform sends its mails and has nothing to show.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class SentMails {
  private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"')]+");

  /** Whether this platform is a demonstration writing its mails to an outbox folder. */
  public boolean available() {
    return outbox().isPresent();
  }

  /** The newest mails first, at most {@code max}; none when {@link #available()} is false. */
  public List<SentMail> latest(int max) {
    Optional<Path> outbox = outbox();
    if (outbox.isEmpty() || !Files.isDirectory(outbox.get())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(outbox.get())) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".eml"))
          .sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
          .limit(max)
          .map(SentMails::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<Path> outbox() {
    return Settings.demoData() ? Settings.text(MailSender.OUTBOX).map(Path::of) : Optional.empty();
  }

  static SentMail read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
      String text = plainText(message.getContent());
      Address[] to = message.getAllRecipients();
      return new SentMail(
          file.getFileName().toString(),
          message.getSentDate() == null ? null : message.getSentDate().toInstant(),
          to == null
              ? ""
              : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", ")),
          message.getSubject(),
          text,
          links(text));
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException("Unreadable mail in the outbox: " + file, e);
    }
  }

  /** The text/plain part (MailSender writes text and HTML alternatives). */
  private static String plainText(Object content) throws MessagingException, IOException {
    if (content instanceof String text) {
      return text;
    }
    if (content instanceof Multipart parts) {
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart part = parts.getBodyPart(i);
        if (part.isMimeType("text/plain")) {
          return String.valueOf(part.getContent());
        }
      }
    }
    return "";
  }

  static List<String> links(String text) {
    Matcher matcher = LINK.matcher(text);
    return matcher.results().map(match -> match.group()).distinct().toList();
  }
}
