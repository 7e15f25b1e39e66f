package org.opencrcn.referential.domain.content;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of challenge, by the code authors write in a pack. */
public enum ChallengeType {
  QCU("QCU"),
  QCM("QCM"),
  QROC("QROC"),
  QROCM_IND("QROCM-ind"),
  QROCM_DEP("QROCM-dep");

  private final String code;

  ChallengeType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public boolean hasProposals() {
    return this == QCU || this == QCM;
  }

  public boolean hasFields() {
    return this == QROCM_IND || this == QROCM_DEP;
  }

  public static Optional<ChallengeType> ofCode(String code) {
    return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
  }
}
