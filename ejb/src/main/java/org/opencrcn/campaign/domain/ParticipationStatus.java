package org.opencrcn.campaign.domain;

/** Where a participation stands: its results reach the organisation only once shared. */
public enum ParticipationStatus {
  /** Joined, the assessment not finished yet. */
  STARTED,
  /** Everything targeted assessed (or a profile to send): the learner may share. */
  TO_SHARE,
  /** The learner sent their results to the organisation. */
  SHARED
}
