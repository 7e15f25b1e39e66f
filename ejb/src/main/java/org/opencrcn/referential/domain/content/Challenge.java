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
    List<Map<String, String>> valueSets,
    boolean shuffle,
    Map<String, String> lintSilenced) {

  /**
   * @param shuffle whether QCU and QCM proposals are shown in an order of their own to each learner
   *     (false for ordered scales, "all of the above" and the like)
   * @param lintSilenced the linter rules this challenge silences, each with the author's reason
   */
  public Challenge {
    lintSilenced = lintSilenced == null ? Map.of() : Map.copyOf(lintSilenced);
  }

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
      declinations.add(
          new Challenge(
              id + "~" + (i + 1),
              type,
              locale,
              status,
              values.fill(instruction),
              values.fill(proposals),
              fields == null
                  ? null
                  : fields.stream().map(f -> new Field(f.key(), values.fill(f.label()))).toList(),
              values.fill(solution),
              tolerances,
              timerSeconds,
              attachment,
              illustration,
              embedUrl,
              focused,
              accessibility,
              irt,
              null,
              shuffle,
              lintSilenced));
    }
    return declinations;
  }

  /** An input field of a QROCM challenge. */
  public record Field(String key, String label) {}

  /**
   * A file offered for download, under a name: at an absolute {@code url}, or a {@code file} of the
   * pack's files/ folder (exactly one of the two).
   */
  public record Link(String name, String url, String file) {}

  /**
   * An image with its alternative text: at an absolute {@code url}, or a {@code file} of the pack.
   */
  public record Illustration(String url, String file, String alt) {}

  /** The pack files this challenge refers to (attachment, illustration), by path in the pack. */
  public List<String> packFiles() {
    List<String> files = new ArrayList<>();
    if (attachment != null && attachment.file() != null) {
      files.add(attachment.file());
    }
    if (illustration != null && illustration.file() != null) {
      files.add(illustration.file());
    }
    return files;
  }

  /** Whether the challenge suits blind or colour-blind learners (null: not assessed). */
  public record Accessibility(Boolean blind, Boolean colorBlind) {}

  /** Item-response parameters for the flash algorithm. */
  public record Irt(double discriminant, double difficulty) {}
}
