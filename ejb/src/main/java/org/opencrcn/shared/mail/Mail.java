package org.opencrcn.shared.mail;

import java.util.Objects;

/** A mail to one recipient, in plain text and in HTML (the same content). */
public record Mail(String to, String subject, String text, String html) {
  public Mail {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(html, "html");
  }
}
