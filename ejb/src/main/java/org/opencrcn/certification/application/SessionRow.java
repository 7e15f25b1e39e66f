package org.opencrcn.certification.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import org.opencrcn.certification.domain.SessionStatus;

/** A line of the centre's sessions dashboard. */
public record SessionRow(
    long id,
    String name,
    String site,
    String room,
    LocalDate date,
    LocalTime startTime,
    String supervisor,
    SessionStatus status)
    implements Serializable {}
