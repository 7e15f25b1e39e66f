package org.opencrcn.organization.application.pupils;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A school's active pupil as another context sees it (a certification centre enrolling them): the
 * names and birthdate of the SIECLE record, the class, and the linked account when there is one.
 */
public record PupilRecord(
    long id,
    String familyName,
    String firstName,
    String sex,
    LocalDate birthdate,
    String division,
    Long accountId)
    implements Serializable {}
