package org.opencrcn.organization.infrastructure.directory;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Column names and type labels compared as a person reads them: case, accents and punctuation
 * aside.
 */
final class Labels {
  private Labels() {}

  /** "Libellé_académie" and "libelle academie" both give "libelle_academie". */
  static String key(String label) {
    String withoutAccents =
        Normalizer.normalize(label.replace("\uFEFF", ""), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    return withoutAccents
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "_")
        .replaceAll("^_|_$", "");
  }
}
