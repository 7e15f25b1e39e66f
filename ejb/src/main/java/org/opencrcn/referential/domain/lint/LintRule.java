package org.opencrcn.referential.domain.lint;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The content linter's rules, by the id authors write to silence one ({@code lint: {<id>: reason}})
 * and the level of the pack they judge (docs/content-pack.md, "What the linter warns about").
 */
public enum LintRule {
  /** One key position holds too many of a competence's QCUs (file order). */
  KEY_BALANCE("key-balance", Scope.COMPETENCE),
  /** The right proposal is the longest too often in a competence's QCUs. */
  LONGEST_KEY("longest-key", Scope.COMPETENCE),
  /** Every playable challenge of a skill has the same key: one constant answer passes it. */
  CONSTANT_ANSWER("constant-answer", Scope.SKILL),
  /** A short accepted answer under typo tolerance (t3): a neighbouring wrong word passes. */
  SHORT_ANSWER_TYPOS("short-answer-typos", Scope.CHALLENGE),
  /** A numeric answer whose instruction does not say what to give (a number, which unit). */
  NUMERIC_UNSTATED("numeric-unstated", Scope.CHALLENGE),
  /** The instruction nearly repeats one of another competence. */
  NEAR_DUPLICATE("near-duplicate", Scope.CHALLENGE);

  /** Where a silence for the rule is written. */
  public enum Scope {
    COMPETENCE,
    SKILL,
    CHALLENGE
  }

  private final String id;
  private final Scope scope;

  LintRule(String id, Scope scope) {
    this.id = id;
    this.scope = scope;
  }

  public String id() {
    return id;
  }

  public Scope scope() {
    return scope;
  }

  /** The ids of the rules silenced at one level, for messages: "key-balance, longest-key". */
  public static String idsOf(Scope scope) {
    return Arrays.stream(values())
        .filter(rule -> rule.scope == scope)
        .map(LintRule::id)
        .collect(Collectors.joining(", "));
  }

  public static Optional<LintRule> ofId(String id) {
    return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
  }
}
