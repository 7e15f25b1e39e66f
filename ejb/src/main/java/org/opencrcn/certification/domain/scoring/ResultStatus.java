package org.opencrcn.certification.domain.scoring;

/** The status of a candidate's certification result. */
public enum ResultStatus {
  /** Certified: the marks stand. */
  VALIDATED,
  /** Not certified: reproducibility under 50 %, or no pix certified at all. */
  REJECTED,
  /** The answers fit no rule (e.g. every challenge neutralised): an administrator must look. */
  ERROR
}
