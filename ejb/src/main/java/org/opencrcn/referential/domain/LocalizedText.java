package org.opencrcn.referential.domain;

import java.io.Serializable;
import java.util.Locale;

/** A text of the referential in French (the reference) and English. */
public record LocalizedText(String fr, String en) implements Serializable {

  /** The text in the given language; French, the referential's language, for any other. */
  public String in(Locale locale) {
    return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : fr;
  }
}
