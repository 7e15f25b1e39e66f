package org.opencrcn.certification.application;

import java.io.Serializable;

/**
 * A candidate as the supervisor's room lists them.
 *
 * @param status NOT_JOINED, or the course's status (WAITING, ADMITTED, STARTED, COMPLETED,
 *     ENDED_BY_SUPERVISOR)
 * @param answered how many questions they have answered
 * @param planned how many questions their test has (v3: asked so far)
 * @param resumeAllowed the supervisor allowed them back in from another browser
 */
public record SupervisedCandidate(
    long candidateId,
    String familyName,
    String firstName,
    int extraTimePercent,
    String status,
    int answered,
    int planned,
    boolean resumeAllowed)
    implements Serializable {
  public boolean waiting() {
    return "WAITING".equals(status);
  }

  public boolean inProgress() {
    return "ADMITTED".equals(status) || "STARTED".equals(status);
  }
}
