package org.opencrcn.referential.domain.lint;

import java.io.Serializable;
import java.util.Locale;
import org.opencrcn.referential.domain.content.ContentError;

/**
 * One thing the linter found: where (file, position), which rule, and what (a message key of {@code
 * ContentMessages} with its arguments). A warning never blocks an import.
 */
public record LintWarning(String file, String position, LintRule rule, String key, Object... args)
    implements Serializable {

  public String message(Locale locale) {
    return new ContentError(file, position, key, args).message(locale);
  }

  /** "file, position: [rule] message", as the validator prints it. */
  public String describe(Locale locale) {
    String where = position == null || position.isEmpty() ? file : file + ", " + position;
    return where + ": [" + rule.id() + "] " + message(locale);
  }
}
