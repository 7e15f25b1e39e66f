package org.opencrcn.it.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mails GreenMail received for one address, read over IMAP as a mail client would: works from
 * the test JVM and from inside WildFly (in-container tests), both on this machine.
 */
public final class Inbox {
  private static final Duration PATIENCE = Duration.ofSeconds(15);
  private final String address;

  private Inbox(String address) {
    this.address = address;
  }

  public static Inbox of(String address) {
    return new Inbox(address);
  }

  /** A received mail: recipients, subject, and its plain-text and HTML parts. */
  public record ReceivedMail(List<String> to, String subject, String text, String html) {
    /** The first link in the text whose path starts with the given one (e.g. /rejoindre/). */
    public String link(String pathStart) {
      Matcher matcher =
          Pattern.compile("https?://[^/\\s]+" + Pattern.quote(pathStart) + "\\S*").matcher(text);
      if (!matcher.find()) {
        throw new AssertionError("No link to " + pathStart + " in the mail: " + text);
      }
      return matcher.group();
    }

    /** The token a link carries: what follows the given path start. */
    public String token(String pathStart) {
      String link = link(pathStart);
      return link.substring(link.indexOf(pathStart) + pathStart.length());
    }
  }

  /** The mails received so far, oldest first; none when the address never received one. */
  public List<ReceivedMail> mails() {
    Properties properties = new Properties();
    properties.setProperty("mail.imap.host", "127.0.0.1");
    properties.setProperty("mail.imap.port", System.getProperty("it.mail.imap.port", "13143"));
    try (Store store = Session.getInstance(properties).getStore("imap")) {
      try {
        store.connect(address, address);
      } catch (jakarta.mail.AuthenticationFailedException noMailboxYet) {
        return List.of();
      }
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      List<ReceivedMail> mails = new ArrayList<>();
      for (Message message : inbox.getMessages()) {
        mails.add(read(message));
      }
      inbox.close(false);
      return mails;
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("Could not read the mailbox of " + address, e);
    }
  }

  /** Waits (bounded) until the address has received this many mails, and returns the last one. */
  public ReceivedMail awaitMail(int count) {
    Instant deadline = Instant.now().plus(PATIENCE);
    List<ReceivedMail> mails = mails();
    while (mails.size() < count && Instant.now().isBefore(deadline)) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      mails = mails();
    }
    if (mails.size() < count) {
      throw new AssertionError(
          address + " received " + mails.size() + " mail(s), expected " + count);
    }
    return mails.get(mails.size() - 1);
  }

  private static ReceivedMail read(Message message) throws MessagingException, IOException {
    List<String> to =
        Arrays.stream(message.getRecipients(Message.RecipientType.TO))
            .map(Object::toString)
            .toList();
    String text = "";
    String html = "";
    if (message.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        if (part.isMimeType("text/plain")) {
          text = (String) part.getContent();
        } else if (part.isMimeType("text/html")) {
          html = (String) part.getContent();
        }
      }
    } else {
      text = String.valueOf(message.getContent());
    }
    return new ReceivedMail(to, message.getSubject(), text, html);
  }
}
