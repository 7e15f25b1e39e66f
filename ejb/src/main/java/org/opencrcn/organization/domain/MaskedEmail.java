package org.opencrcn.organization.domain;

/**
 * An address shown partially, so that the page which says where an activation link went does not
 * hand a visitor the establishment's full address: ce.0381999Z@ac-grenoble.fr becomes
 * ce.0381***@ac-grenoble.fr. The domain stays whole: it tells the director which mailbox to open.
 */
public final class MaskedEmail {
  private static final int HIDDEN = 4;
  private static final int SHOWN_AT_MOST = 7;

  private MaskedEmail() {}

  /**
   * The local part keeps at most its first 7 characters and always hides its last 4 (or all but
   * one).
   */
  public static String mask(String email) {
    int at = email.lastIndexOf('@');
    String local = at < 0 ? email : email.substring(0, at);
    String domain = at < 0 ? "" : email.substring(at);
    int shown = Math.max(1, Math.min(SHOWN_AT_MOST, local.length() - HIDDEN));
    return local.substring(0, Math.min(shown, local.length())) + "***" + domain;
  }
}
