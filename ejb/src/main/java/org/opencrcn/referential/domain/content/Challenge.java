package org.opencrcn.referential.domain.content;

import java.util.List;
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
    Irt irt) {

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
