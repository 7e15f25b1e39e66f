package org.opencrcn.web.certif;

import java.util.Locale;
import java.util.ResourceBundle;
import org.opencrcn.certification.domain.MinutesLabels;
import org.opencrcn.certification.domain.SheetLabels;

/**
 * The words printed on a session's documents, from the screens' bundle in the reader's language.
 */
final class SheetTexts {
  private SheetTexts() {}

  static SheetLabels sheet(Locale locale) {
    ResourceBundle bundle = bundle(locale);
    return new SheetLabels(
        bundle.getString("certif.sheet.title"),
        bundle.getString("certif.sheet.session"),
        bundle.getString("certif.session.date"),
        bundle.getString("certif.session.time"),
        bundle.getString("certif.session.site"),
        bundle.getString("certif.session.room"),
        bundle.getString("certif.session.supervisor"),
        bundle.getString("certif.candidate.familyName"),
        bundle.getString("certif.candidate.firstName"),
        bundle.getString("certif.candidate.birthdate"),
        bundle.getString("certif.candidate.division"),
        bundle.getString("certif.sheet.signature"),
        bundle.getString("certif.sheet.page"));
  }

  static MinutesLabels minutes(Locale locale) {
    ResourceBundle bundle = bundle(locale);
    return new MinutesLabels(
        bundle.getString("certif.minutes.title"),
        bundle.getString("certif.candidates.extraTime"),
        bundle.getString("certif.minutes.enrolled"),
        bundle.getString("certif.session.observation"),
        bundle.getString("certif.minutes.supervisorSignature"),
        bundle.getString("certif.minutes.centreSignature"));
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("org.opencrcn.web.i18n.messages", locale);
  }
}
