package org.opencrcn.organization.domain;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The UAI (formerly RNE) of a French school: seven digits and a letter, e.g. 0381999Z. */
public record Uai(String value) implements Serializable {
  private static final Pattern FORMAT = Pattern.compile("\\d{7}[A-Z]");

  public Uai {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a UAI: " + value);
    }
  }

  /**
   * What a person typed, read as a UAI: surrounding and inner spaces dropped, letter in capitals
   * (people copy "0381999z " or "0381 999Z" from a letterhead).
   */
  public static Optional<Uai> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String normalized = typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    return FORMAT.matcher(normalized).matches() ? Optional.of(new Uai(normalized)) : Optional.empty();
  }
}
