package org.opencrcn.shared.mail;

import jakarta.ejb.ApplicationException;

/**
 * The mail server refused or could not be reached: whatever the mail went with (an activation link,
 * an invitation) is rolled back, so that nobody waits for a mail that never left.
 */
@ApplicationException(rollback = true)
public class MailNotSentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MailNotSentException(String message, Throwable cause) {
    super(message, cause);
  }
}
