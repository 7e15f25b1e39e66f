package org.opencrcn.organization.domain;

/** Where a pupils import stands: running (queued, reading, writing) or over. */
public enum ImportStatus {
  QUEUED,
  READING,
  WRITING,
  DONE,
  REFUSED,
  FAILED;

  public boolean running() {
    return this == QUEUED || this == READING || this == WRITING;
  }
}
