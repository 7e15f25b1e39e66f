package org.opencrcn.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.logging.Logger;

/**
 * GreenMail, a real SMTP and IMAP server, in the test JVM on fixed ports: the test WildFly sends
 * its mails to the SMTP port (arquillian.xml), tests read them over IMAP ({@link Inbox}). GreenMail
 * creates a mailbox per recipient on delivery, whose login and password are the address.
 */
final class MailServer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(MailServer.class.getName());
  private final GreenMail greenMail;

  private MailServer(GreenMail greenMail) {
    this.greenMail = greenMail;
  }

  static MailServer start() {
    int smtp = Integer.getInteger("it.mail.smtp.port", 13025);
    int imap = Integer.getInteger("it.mail.imap.port", 13143);
    GreenMail greenMail =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(smtp, "127.0.0.1", "smtp"), new ServerSetup(imap, "127.0.0.1", "imap")
            });
    greenMail.start();
    LOG.info("GreenMail is up: SMTP " + smtp + ", IMAP " + imap);
    return new MailServer(greenMail);
  }

  @Override
  public void close() {
    greenMail.stop();
  }
}
