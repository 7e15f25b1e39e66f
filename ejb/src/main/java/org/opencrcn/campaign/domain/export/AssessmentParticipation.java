package org.opencrcn.campaign.domain.export;

import java.time.Instant;

/**
 * One participant of an assessment campaign as the export reads it. {@code progress} is assessed ÷
 * targeted skills (0 to 1); {@code sharedAt} is {@code null} until the results are shared; {@code
 * masteredSkills[i]} is how many targeted skills of the header's i-th competence the participant
 * validated.
 */
public record AssessmentParticipation(
    String lastName,
    String firstName,
    String division,
    String externalId,
    double progress,
    Instant startedAt,
    Instant sharedAt,
    int[] masteredSkills) {

  public boolean shared() {
    return sharedAt != null;
  }
}
