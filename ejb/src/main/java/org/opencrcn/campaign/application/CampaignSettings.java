package org.opencrcn.campaign.application;

import java.time.Duration;
import org.opencrcn.shared.Settings;

/** Settings of campaigns (README, "Configuration for an academy"). */
public final class CampaignSettings {
  /** The window over which unknown codes are counted. */
  public static final Duration CODE_ATTEMPTS_WINDOW = Duration.ofHours(1);

  private CampaignSettings() {}

  /**
   * At most this many unknown codes typed by one account in an hour: plenty for typing mistakes,
   * far too few to find a campaign by trying codes.
   */
  public static int codeAttemptsPerHour() {
    return Settings.integer("opencrcn.campaign.code-attempts-per-hour", 10);
  }

  /** The address the direct links and QR codes start with (no trailing slash). */
  public static String publicUrl() {
    String url = Settings.text("opencrcn.public-url").orElse("http://localhost:8080");
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The alias of the ENT identity provider, sent as {@code kc_idp_hint} in SCO links. */
  public static String entIdpAlias() {
    return Settings.text("opencrcn.ent.idp-alias").orElse("ent");
  }

  /**
   * From this many participants, a campaign's export is written by a background job with a progress
   * bar instead of downloading at once (docs/campaigns.md, "Exports").
   */
  public static int exportBackgroundFrom() {
    return Settings.integer(EXPORT_BACKGROUND_FROM, 2000);
  }

  /** The setting of {@link #exportBackgroundFrom()}. */
  public static final String EXPORT_BACKGROUND_FROM = "opencrcn.campaign.export-background-from";
}
