package org.opencrcn.organization.application;

import java.time.Duration;
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
   * At most this many failed attempts to find one's pupil record in an hour (a typed birthdate that
   * matches nothing): enough for typing mistakes, far too few to try every date of a year.
   */
  public static int reconciliationFailuresPerHour() {
    return Settings.integer("opencrcn.orga.reconciliation-failures-per-hour", 10);
  }

  /**
   * The address people reach the platform at, for the links in mails. Configured, never taken from
   * the request's Host header, which a visitor controls (a forged host would mail a link to another
   * site carrying a valid token).
   */
  public static String publicUrl() {
    return Settings.text("opencrcn.public-url").orElse("http://localhost:8080");
  }
}
