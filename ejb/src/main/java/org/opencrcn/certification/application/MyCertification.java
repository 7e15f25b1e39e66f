package org.opencrcn.certification.application;

import java.io.Serializable;
import java.time.LocalDate;
import org.opencrcn.certification.domain.scoring.ResultStatus;

/** A published certification of the learner, as "Mes certifications" lists it. */
public record MyCertification(
    long resultId,
    long sessionId,
    LocalDate date,
    String centreName,
    ResultStatus status,
    int totalPix,
    String verificationCode)
    implements Serializable {
  public boolean certified() {
    return status == ResultStatus.VALIDATED;
  }
}
