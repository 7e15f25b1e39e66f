package org.opencrcn.shared.infrastructure;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Searching names as people type them, "lefevre" finding "LEFÈVRE": lower case without accents,
 * computed alike by the database (SQL TRANSLATE, which H2 and PostgreSQL both have) and in Java.
 */
public final class AccentFolding {
  /** Accented lower-case letters and, at the same positions, their plain forms. */
  public static final String ACCENTED = "àâäáãåçéèêëíìîïñóòôöõúùûüýÿ";

  public static final String PLAIN = "aaaaaaceeeeiiiinooooouuuuyy";

  private AccentFolding() {}

  /**
   * A JPQL expression folding the path's value, e.g. {@code p.familyName}; cast, because Hibernate
   * types an unknown function's result as Object, which {@code like} refuses.
   */
  public static String jpql(String path) {
    return "cast(function('translate', lower("
        + path
        + "), '"
        + ACCENTED
        + "', '"
        + PLAIN
        + "') as String)";
  }

  /** What is typed, folded the same way. */
  public static String fold(String typed) {
    return Normalizer.normalize(typed.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
  }
}
