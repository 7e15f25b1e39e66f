package org.opencrcn.identity.domain;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/**
 * One value of the SDET attribute {@code ENTPersonFonctions}: a function the person holds in one
 * structure, {@code UAI$CODE$label$discipline code$discipline label} (e.g. {@code
 * 0381999Z$DIR$DIRECTION$-$-}). Only the structure and the function code are kept: they tie a
 * profile to the school where the person holds it.
 */
public record EntFunction(String uai, String code) implements Serializable {

  public EntFunction {
    uai = uai.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    code = code.strip().toUpperCase(Locale.ROOT);
  }

  /** The function of one value, or empty when it names no structure or no code. */
  public static Optional<EntFunction> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String[] parts = value.split("\\$", -1);
    if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new EntFunction(parts[0], parts[1]));
  }

  /** Stored form, without blanks: {@code UAI$CODE}. */
  public String stored() {
    return uai + "$" + code.replaceAll("\\s", "");
  }

  /**
   * The profile this function gives in its structure: {@code DIR} (direction) a director, {@code
   * ENS} (teaching) and {@code DOC} (documentation) a teacher; any other function none.
   */
  public EntProfile profile() {
    return switch (code) {
      case "DIR" -> EntProfile.DIRECTOR;
      case "ENS", "DOC" -> EntProfile.TEACHER;
      default -> EntProfile.OTHER;
    };
  }
}
