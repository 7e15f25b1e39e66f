package org.opencrcn.referential.domain.content;

import java.util.Arrays;
import java.util.Optional;

/** Answer normalisations: t1 spaces, case, accents; t2 punctuation; t3 typos. */
public enum Tolerance {
  T1,
  T2,
  T3;

  public static Optional<Tolerance> ofCode(String code) {
    return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(code)).findFirst();
  }
}
