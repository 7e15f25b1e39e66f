package org.opencrcn.assessment.domain.answer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.opencrcn.referential.domain.content.Tolerance;

/**
 * The treatments an answer and the accepted answers go through before they are compared
 * (docs/rules.md §2): always Unicode NFC and non-breaking spaces as spaces; t2 drops punctuation;
 * t1 ignores spaces, case and accents; t3 forgives typos up to a quarter of the answer's length.
 */
final class AnswerNormalizer {
  static final double MAX_TYPO_RATIO = 0.25;
  private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

  private final Set<Tolerance> tolerances;

  AnswerNormalizer(Set<Tolerance> tolerances) {
    this.tolerances = tolerances;
  }

  String normalize(String text) {
    String treated =
        Normalizer.normalize(text, Normalizer.Form.NFC)
            .replace('\u00a0', ' ')
            .replace('\u202f', ' ');
    if (tolerances.contains(Tolerance.T2)) {
      treated = treated.replaceAll("[^\\p{L}\\p{N}\\s]", " ").replaceAll("\\s+", " ");
    }
    if (tolerances.contains(Tolerance.T1)) {
      treated =
          Normalizer.normalize(treated.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
              .replaceAll("\\p{M}", "")
              .replaceAll("\\s+", "");
    }
    return tolerances.isEmpty() ? treated : treated.strip();
  }

  /** Whether the answer matches the accepted one, both treated alike. */
  boolean matches(String answer, String accepted) {
    String given = normalize(answer);
    String expected = normalize(accepted);
    if (given.equals(expected)) {
      return true;
    }
    if (!tolerances.contains(Tolerance.T3) || given.isEmpty()) {
      return false;
    }
    return (double) LEVENSHTEIN.apply(given, expected) / given.length() <= MAX_TYPO_RATIO;
  }
}
