package org.opencrcn.referential.domain.content;

import java.util.Arrays;
import java.util.Optional;

/** Validated and archived challenges are played; obsolete ones never are. */
public enum ChallengeStatus {
  VALIDATED("validé"),
  ARCHIVED("archivé"),
  OBSOLETE("périmé");

  private final String code;

  ChallengeStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public boolean playable() {
    return this != OBSOLETE;
  }

  public static Optional<ChallengeStatus> ofCode(String code) {
    return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
  }
}
