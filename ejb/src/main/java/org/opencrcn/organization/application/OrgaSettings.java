package org.opencrcn.organization.application;

import java.time.Duration;
import org.opencrcn.organization.domain.OrganizationRules;
import org.opencrcn.shared.Settings;

/**
 * Settings of Orga: activation and invitation mails, reconciliation (README, "Configuration for an
 * academy").
 */
public final class OrgaSettings {
  private OrgaSettings() {}

  public static int activationDays() {
    return Settings.integer("opencrcn.orga.activation-days", 7);
  }

  public static Duration activationValidity() {
    return Duration.ofDays(activationDays());
  }

  /**
   * At most this many unused activation links mailed to one organisation in the last hour: the
   * public form cannot flood an establishment's mailbox.
   */
  public static int activationMailsPerHour() {
    return Settings.integer("opencrcn.orga.activation-mails-per-hour", 3);
  }

  /**
   * At most this many activation links mailed in the last hour to requests from one network
   * address, whatever the schools: one visitor cannot flood many establishments.
   */
  public static int activationRequestsPerAddressPerHour() {
    return Settings.integer("opencrcn.orga.activation-requests-per-address-per-hour", 10);
  }

  /**
   * At most this many activation links mailed in the last hour over the whole platform: a
   * distributed flood stops there, before the mail server's reputation suffers.
   */
  public static int activationRequestsPerHour() {
    return Settings.integer("opencrcn.orga.activation-requests-per-hour", 200);
  }

  /**
   * At most this many failed attempts to find one's pupil record in an hour (a typed birthdate that
   * matches nothing): enough for typing mistakes, far too few to try every date of a year.
   */
  public static int reconciliationFailuresPerHour() {
    return Settings.integer("opencrcn.orga.reconciliation-failures-per-hour", 10);
  }

  /** Days an import's report problems (INE, raw birthdates) are kept after the import. */
  public static int importIssuesDays() {
    return Settings.integer("opencrcn.retention.import-issues-days", 30);
  }

  /** Days an accepted, cancelled or expired invitation is kept before it is forgotten. */
  /**
   * Months after which a pupil who left (absent from the school's latest SIECLE file, e.g. with a
   * DATE_SORTIE) is anonymised.
   */
  public static int leftPupilsMonths() {
    return Settings.integer("opencrcn.retention.left-pupils-months", 3);
  }

  /**
   * The address people reach the platform at, for the links in mails. Configured, never taken from
   * the request's Host header, which a visitor controls (a forged host would mail a link to another
   * site carrying a valid token).
   */
  public static String publicUrl() {
    return Settings.text("opencrcn.public-url").orElse("http://localhost:8080");
  }

  /**
   * Whether the official UAI check letter is enforced (off by default: demo UAIs are fictitious).
   */
  public static final String CHECK_LETTER_SETTING = "opencrcn.uai.check-letter";

  /** The organisation rules as this server is configured. */
  public static OrganizationRules organizationRules() {
    return new OrganizationRules(Settings.flag(CHECK_LETTER_SETTING, false));
  }
}
