package org.opencrcn.shared.mail;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A mail of the development outbox as a person reads it: decoded text and its links whole. */
public record SentMail(
    String file, Instant sentAt, String to, String subject, String text, List<String> links)
    implements Serializable {}
