package org.opencrcn.referential.domain.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A challenge as a pack describes it. Optional parts are null when absent (this is a transfer shape
 * read from YAML, validated as a whole by {@link ContentPackValidator}).
 */
public record Challenge(
    String id,
    ChallengeType type,
    String locale,
    ChallengeStatus status,
    String instruction,
    List<String> proposals,
    List<Field> fields,
    Solution solution,
    Set<Tolerance> tolerances,
    Integer timerSeconds,
    Link attachment,
    Illustration illustration,
    String embedUrl,
    boolean focused,
    Accessibility accessibility,
    Irt irt,
    List<Map<String, String>> valueSets) {

  /**
   * The concrete challenges this one stands for: itself, or for a template with value sets one
   * declination per set, its {@code {{name}}} placeholders replaced, with the id {@code <id>~<n>}.
   * Authors add new sets at the end: a set's number is its identity.
   */
  public List<Challenge> declinations() {
    if (valueSets == null) {
      return List.of(this);
    }
    List<Challenge> declinations = new ArrayList<>();
    for (int i = 0; i < valueSets.size(); i++) {
      Placeholders values = new Placeholders(valueSets.get(i));
      declinations.add(new Challenge(
          id + "~" + (i + 1), type, locale, status, values.fill(instruction), values.fill(proposals),
          fields == null ? null : fields.stream().map(f -> new Field(f.key(), values.fill(f.label()))).toList(),
          values.fill(solution), tolerances, timerSeconds, attachment, illustration, embedUrl, focused,
          accessibility, irt, null));
    }
    return declinations;
  }

  /** An input field of a QROCM challenge. */
  public record Field(String key, String label) {}

  /** A named link (attachment). */
  public record Link(String name, String url) {}

  /** An image with its alternative text. */
  public record Illustration(String url, String alt) {}

  /** Whether the challenge suits blind or colour-blind learners (null: not assessed). */
  public record Accessibility(Boolean blind, Boolean colorBlind) {}

  /** Item-response parameters for the flash algorithm. */
  public record Irt(double discriminant, double difficulty) {}
}
