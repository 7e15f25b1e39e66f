package org.opencrcn.organization.application;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.opencrcn.organization.domain.Invitation;
import org.opencrcn.organization.domain.MembershipRole;
import org.opencrcn.organization.domain.Uai;
import org.opencrcn.shared.SecretToken;
import org.opencrcn.shared.mail.LinkMail;
import org.opencrcn.shared.mail.Mail;

/**
 * The activation, invitation and join request mails, in French or English: the same paragraphs as
 * plain text and as HTML (every value escaped), with the link on its own line.
 */
public final class OrgaMails {
  /**
   * The token travels in the path, not the query: after Keycloak's sign-in, WildFly's OIDC client
   * brings the person back to the path they asked for but without its query string.
   */
  public static final String ACTIVATION_PATH = "/rejoindre/activation/";

  public static final String INVITATION_PATH = "/rejoindre/invitation/";

  /**
   * Leads to the members page of the organisation whose id follows (a path again, for the same
   * reason).
   */
  public static final String JOIN_REQUESTS_PATH = "/orga/demandes/";

  private static final String BUNDLE = "org.opencrcn.organization.application.OrgaMails";
  private static final ResourceBundle.Control NO_FALLBACK_TO_SYSTEM_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String publicUrl;

  public OrgaMails(String publicUrl) {
    this.publicUrl =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  public Mail activation(
      String to,
      String organizationName,
      Uai uai,
      ActivationRequest request,
      SecretToken token,
      int days,
      Locale locale) {
    Texts texts = new Texts(locale);
    return mail(
        to,
        texts.format("activation.subject", organizationName),
        List.of(
            texts.format("activation.greeting"),
            texts.format(
                "activation.request",
                organizationName,
                request.firstName().strip(),
                request.lastName().strip(),
                uai.value()),
            texts.format("activation.action")),
        publicUrl + ACTIVATION_PATH + token.value(),
        List.of(
            texts.format("activation.validity", days),
            texts.format("activation.ignore"),
            texts.format("signature")));
  }

  public Mail invitation(
      String to,
      String organizationName,
      MembershipRole role,
      String inviterName,
      SecretToken token,
      Locale locale) {
    Texts texts = new Texts(locale);
    return mail(
        to,
        texts.format("invitation.subject", organizationName),
        List.of(
            texts.format("invitation.greeting"),
            texts.format(
                "invitation.request", organizationName, inviterName, texts.format("role." + role)),
            texts.format("invitation.action")),
        publicUrl + INVITATION_PATH + token.value(),
        List.of(
            texts.format("invitation.validity", Invitation.VALIDITY.toDays()),
            texts.format("invitation.ignore"),
            texts.format("signature")));
  }

  /** To an administrator: a teacher of the school asks to join its Orga space. */
  public Mail joinRequest(
      String to,
      String organizationName,
      long organizationId,
      String requesterName,
      Locale locale) {
    Texts texts = new Texts(locale);
    return mail(
        to,
        texts.format("joinRequest.subject", requesterName, organizationName),
        List.of(
            texts.format("joinRequest.greeting"),
            texts.format("joinRequest.request", requesterName, organizationName),
            texts.format("joinRequest.action")),
        publicUrl + JOIN_REQUESTS_PATH + organizationId,
        List.of(texts.format("joinRequest.why"), texts.format("signature")));
  }

  private static Mail mail(
      String to, String subject, List<String> before, String link, List<String> after) {
    return LinkMail.of(to, subject, before, link, after);
  }

  private record Texts(ResourceBundle bundle, Locale locale) {
    Texts(Locale locale) {
      this(ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK_TO_SYSTEM_LOCALE), locale);
    }

    String format(String key, Object... arguments) {
      return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
  }
}
