package org.opencrcn.certification.domain;

/** Schools, higher education, and professional centres certify under slightly different rules. */
public enum CentreType {
  SCO,
  SUP,
  PRO
}
