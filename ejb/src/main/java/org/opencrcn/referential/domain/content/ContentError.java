package org.opencrcn.referential.domain.content;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One problem found in a pack: where (file, position in the file) and what (a message key of {@code
 * ContentMessages} with its arguments), so that authors read it in their language.
 */
public record ContentError(String file, String position, String key, Object... args)
    implements java.io.Serializable {
  private static final String BUNDLE = "org.opencrcn.referential.domain.content.ContentMessages";

  public String message(Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK_TO_SYSTEM_LOCALE);
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  /** "file, position: message", as the validator prints it. */
  public String describe(Locale locale) {
    String where = position == null || position.isEmpty() ? file : file + ", " + position;
    return where + ": " + message(locale);
  }

  // French is the base bundle: a French lookup must not fall back to an English system locale.
  private static final ResourceBundle.Control NO_FALLBACK_TO_SYSTEM_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
