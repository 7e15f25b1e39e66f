package org.opencrcn.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.opencrcn.shared.mail.SentMail;
import org.opencrcn.shared.mail.SentMails;
import org.opencrcn.web.shared.MissingParameters;

/**
 * "Courriels envoyés": the mails of a demonstration's outbox, links clickable. A platform that
 * sends its mails has no such page (404).
 */
@Named
@RequestScoped
public class SentMailsView {
  private static final int SHOWN = 50;
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.of("Europe/Paris"));

  @Inject private SentMails sentMails;
  private List<SentMail> mails = List.of();

  public void load() throws IOException {
    if (!sentMails.available()) {
      MissingParameters.answerNotFound();
      return;
    }
    mails = sentMails.latest(SHOWN);
  }

  public List<SentMail> getMails() {
    return mails;
  }

  public String sentAt(SentMail mail) {
    return mail.sentAt() == null ? "" : DATE_TIME.format(mail.sentAt());
  }
}
