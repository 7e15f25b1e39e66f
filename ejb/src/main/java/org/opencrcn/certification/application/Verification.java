package org.opencrcn.certification.application;

import java.io.Serializable;
import org.opencrcn.certification.domain.certificate.Certificate;

/** What the public verification page answers for a typed code. */
public record Verification(Outcome outcome, Certificate certificate) implements Serializable {
  /** The answer. */
  public enum Outcome {
    /** A published, validated certificate: {@code certificate} holds it. */
    FOUND,
    /** Not a code at all (length, characters): a forged or mistyped code. */
    FORGED,
    /** A well-formed code that no published certificate holds. */
    UNKNOWN,
    /** Too many codes typed from this address in the last hour; nothing was looked up. */
    TOO_MANY_ATTEMPTS
  }

  static Verification of(Outcome outcome) {
    return new Verification(outcome, null);
  }
}
