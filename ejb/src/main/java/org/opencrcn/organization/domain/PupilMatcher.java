package org.opencrcn.organization.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the one pupil record a person is (docs/rules.md §6, reconciliation): among the records with
 * the person's birthdate, the first name must match one of the three first names and the last name
 * the family or the usage name, both normalised as answers are with t1 + t2 (no accents, case,
 * spaces or punctuation). Exact matches are tried first; only when there is none, names within a
 * Levenshtein distance of a quarter of the record's name.
 */
public final class PupilMatcher {
  static final double MAX_RATIO = 0.25;
  private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

  private PupilMatcher() {}

  /** A record that could be the person's. */
  public record Candidate(
      long id,
      String familyName,
      String usageName,
      String firstName,
      String secondName,
      String thirdName) {}

  /** The outcome: exactly one record, none, or several that cannot be told apart. */
  public sealed interface Match {
    record One(long id) implements Match {}

    record None() implements Match {}

    record Several(int count) implements Match {}
  }

  public static Match match(List<Candidate> candidates, String firstName, String lastName) {
    String first = normalize(firstName);
    String last = normalize(lastName);
    if (first.isEmpty() || last.isEmpty()) {
      return new Match.None();
    }
    Match exact = matching(candidates, first, last, String::equals);
    return exact instanceof Match.None
        ? matching(candidates, first, last, PupilMatcher::close)
        : exact;
  }

  private static Match matching(
      List<Candidate> candidates, String first, String last, BiPredicate<String, String> same) {
    List<Candidate> found =
        candidates.stream()
            .filter(c -> any(same, first, c.firstName(), c.secondName(), c.thirdName()))
            .filter(c -> any(same, last, c.familyName(), c.usageName()))
            .toList();
    return switch (found.size()) {
      case 0 -> new Match.None();
      case 1 -> new Match.One(found.get(0).id());
      default -> new Match.Several(found.size());
    };
  }

  private static boolean any(BiPredicate<String, String> same, String given, String... names) {
    return Stream.of(names)
        .filter(Objects::nonNull)
        .map(PupilMatcher::normalize)
        .filter(n -> !n.isEmpty())
        .anyMatch(name -> same.test(given, name));
  }

  private static boolean close(String given, String reference) {
    return (double) LEVENSHTEIN.apply(given, reference) / reference.length() <= MAX_RATIO;
  }

  /** t2 (punctuation as spaces) then t1 (no case, accents or spaces). */
  static String normalize(String name) {
    if (name == null) {
      return "";
    }
    String text =
        Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N}]", " ");
    return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replaceAll("\\s+", "")
        .replace("œ", "oe")
        .replace("æ", "ae");
  }
}
