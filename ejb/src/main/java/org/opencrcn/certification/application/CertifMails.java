package org.opencrcn.certification.application;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.opencrcn.shared.SecretToken;
import org.opencrcn.shared.invitation.InvitationRules;
import org.opencrcn.shared.mail.LinkMail;
import org.opencrcn.shared.mail.Mail;

/** The invitation to join a certification centre, in French or English (a {@link LinkMail}). */
final class CertifMails {
  /** A path, not a query: WildFly's OIDC client drops the query after Keycloak's sign-in. */
  static final String INVITATION_PATH = "/rejoindre/centre/";

  private static final String BUNDLE = "org.opencrcn.certification.application.CertifMails";
  private static final ResourceBundle.Control NO_FALLBACK_TO_SYSTEM_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String publicUrl;

  CertifMails(String publicUrl) {
    this.publicUrl =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  Mail invitation(
      String to, String centreName, String inviterName, SecretToken token, Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK_TO_SYSTEM_LOCALE);
    return LinkMail.of(
        to,
        format(bundle, locale, "invitation.subject", centreName),
        List.of(
            format(bundle, locale, "invitation.greeting"),
            format(bundle, locale, "invitation.request", centreName, inviterName),
            format(bundle, locale, "invitation.action")),
        publicUrl + INVITATION_PATH + token.value(),
        List.of(
            format(bundle, locale, "invitation.validity", InvitationRules.VALIDITY.toDays()),
            format(bundle, locale, "invitation.ignore"),
            format(bundle, locale, "signature")));
  }

  private static String format(
      ResourceBundle bundle, Locale locale, String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }
}
