package org.opencrcn.certification.domain.scoring;

/** What the test does to the level a candidate brought in one competence. */
public enum CompetenceOutcome {
  /** The level and pix are certified as they were. */
  VALIDATED,
  /** One level less, 8 pix less. */
  DOWNGRADED,
  /** Not certified in this competence: no level, no pix. */
  INVALIDATED
}
