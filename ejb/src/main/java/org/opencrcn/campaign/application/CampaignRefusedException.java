package org.opencrcn.campaign.application;

import jakarta.ejb.ApplicationException;

/**
 * A request about a campaign refused for a reason the person can act on; each reason has its own
 * translated message ({@code campaign.refused.<REASON>}), and nothing was changed.
 */
@ApplicationException(rollback = true)
public class CampaignRefusedException extends RuntimeException {
  /** Why, each shown with its own message. */
  public enum Reason {
    UNKNOWN_CODE,
    ARCHIVED,
    TOO_MANY_CODE_ATTEMPTS,
    NOT_A_PUPIL_OF_THE_SCHOOL,
    ALREADY_PARTICIPATING,
    NOT_FINISHED,
    ALREADY_SHARED,
    TARGET_PROFILE_REQUIRED,
    UNKNOWN_TARGET_PROFILE,
    NAME_REQUIRED,
    TEXT_TOO_LONG,
    EXTERNAL_ID_REQUIRED,
    PUPIL_RECORD_REQUIRED
  }

  private final Reason reason;

  public CampaignRefusedException(Reason reason) {
    super(reason.name());
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
