package org.opencrcn.referential.domain.lint;

import java.io.Serializable;
import java.util.List;

/**
 * What the linter found in a pack: the warnings still open, how many were silenced by their authors
 * (each with a reason in the pack), and the skills a constant answer passes.
 */
public record LintReport(List<LintWarning> warnings, int silenced, int guessableSkills)
    implements Serializable {

  public LintReport {
    warnings = List.copyOf(warnings);
  }

  public static LintReport empty() {
    return new LintReport(List.of(), 0, 0);
  }

  /** The summary line's pairs: {@code warnings=… silenced=… guessable_skills=…}. */
  public String summary() {
    return "warnings=%d silenced=%d guessable_skills=%d"
        .formatted(warnings.size(), silenced, guessableSkills);
  }
}
