package org.opencrcn.organization.domain;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UAI (formerly RNE), the national identifier of an establishment: 7 digits and a letter, e.g.
 * 0381999Z. People type it with spaces or in lower case, so it is trimmed and upper-cased first.
 */
public record Uai(String value) implements Serializable {
  private static final Pattern SHAPE = Pattern.compile("[0-9]{7}[A-Z]");

  /**
   * The official check letter is the 7-digit number modulo 23, read in this alphabet (no I, O or
   * Q): e.g. 0301674G, 0750655E and 0380027Y. Fictitious UAIs such as the demo's 0381999Z do not
   * follow it, which is why checking it is a setting.
   */
  private static final String CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

  public Uai {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a UAI: " + value);
    }
  }

  /**
   * Spaces dropped (around and inside: people copy "0381 999Z" from a letterhead), upper-cased;
   * empty when nothing was typed.
   */
  public static Optional<String> normalize(String typed) {
    return Optional.ofNullable(typed)
        .map(t -> t.replaceAll("\\s+", "").toUpperCase(Locale.ROOT))
        .filter(t -> !t.isEmpty());
  }

  /** What a person typed, read as a UAI when it has the shape of one. */
  public static Optional<Uai> parse(String typed) {
    return normalize(typed).filter(Uai::hasShape).map(Uai::new);
  }

  /** Whether a normalised text has the shape of a UAI (7 digits, 1 letter). */
  public static boolean hasShape(String normalized) {
    return SHAPE.matcher(normalized).matches();
  }

  /** The letter the official rule expects after these 7 digits. */
  public static char expectedCheckLetter(String sevenDigits) {
    return CHECK_LETTERS.charAt(Integer.parseInt(sevenDigits) % CHECK_LETTERS.length());
  }

  public boolean hasOfficialCheckLetter() {
    return value.charAt(7) == expectedCheckLetter(value.substring(0, 7));
  }

  @Override
  public String toString() {
    return value;
  }
}
