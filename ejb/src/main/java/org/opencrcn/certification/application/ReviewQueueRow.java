package org.opencrcn.certification.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A session waiting in the review queue. */
public record ReviewQueueRow(
    long sessionId,
    String centreName,
    LocalDate date,
    Instant finalisedAt,
    boolean examinerComment,
    int results)
    implements Serializable {}
