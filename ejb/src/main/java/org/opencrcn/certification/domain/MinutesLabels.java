package org.opencrcn.certification.domain;

import java.io.Serializable;

/** The words of a session's minutes beyond those of the attendance sheet. */
public record MinutesLabels(
    String title,
    String extraTime,
    String enrolled,
    String observation,
    String supervisorSignature,
    String centreSignature)
    implements Serializable {}
