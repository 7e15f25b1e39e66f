package org.opencrcn.shared.invitation;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules every invitation by e-mail follows (an Orga organisation's, a certification centre's):
 * the address it accepts, how addresses compare, how long a link works. The link's secret is a
 * {@link org.opencrcn.shared.SecretToken} of which only the hash is kept; sending again makes a new
 * link; accepting is for the invited address, or for another account once its holder has seen the
 * invited address and confirmed.
 */
public final class InvitationRules {
  /** Long enough for a colleague back from holidays next week; a forwarded old mail is harmless. */
  public static final Duration VALIDITY = Duration.ofDays(7);

  /** The longest address a mail server accepts. */
  public static final int MAX_EMAIL_LENGTH = 320;

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private InvitationRules() {}

  /**
   * An address an invitation may be sent to: one @, a dot in the domain, at most 320 characters.
   */
  public static boolean isEmail(String email) {
    return email != null
        && email.length() <= MAX_EMAIL_LENGTH
        && EMAIL.matcher(email.strip()).matches();
  }

  /** Addresses compare without case and surrounding spaces, as mail servers do in practice. */
  public static String normalizeEmail(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code address} is the invited one (both compared as {@link #normalizeEmail} does). */
  public static boolean sameAddress(String invited, String address) {
    return address != null
        && !address.isBlank()
        && normalizeEmail(invited).equals(normalizeEmail(address));
  }
}
