package org.opencrcn.certification.application;

import java.io.Serializable;
import java.time.LocalDate;

/** A pupil of the centre's school the officer may enrol, and whether they already are. */
public record PupilChoice(
    long pupilId, String familyName, String firstName, LocalDate birthdate, boolean enrolled)
    implements Serializable {}
