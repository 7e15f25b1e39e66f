package org.opencrcn.certification.domain;

import java.io.Serializable;

/** The words printed on a session's attendance sheet, in the reader's language. */
public record SheetLabels(
    String title,
    String session,
    String date,
    String time,
    String site,
    String room,
    String supervisor,
    String familyName,
    String firstName,
    String birthdate,
    String division,
    String signature,
    String page)
    implements Serializable {}
