package org.opencrcn.web.brand;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The academy's brand colour and the two tones derived from it. White text sits on it (primary
 * buttons, selected language), so a colour giving less than 4.5:1 with white is refused: WCAG 1.4.3
 * holds whatever the academy chooses.
 */
public record BrandColour(int red, int green, int blue) {
  /** WCAG 2.2 minimum contrast for normal text (1.4.3). */
  public static final double MINIMUM_CONTRAST_WITH_WHITE = 4.5;

  private static final Pattern HEX = Pattern.compile("#?[0-9a-fA-F]{6}");

  /**
   * @param hex {@code #rrggbb} (the {@code #} may be left out)
   * @throws IllegalArgumentException when it is not a colour, or too light for white text on it
   */
  public static BrandColour parse(String hex) {
    String value = hex == null ? "" : hex.trim();
    if (!HEX.matcher(value).matches()) {
      throw new IllegalArgumentException("not a colour #rrggbb: " + hex);
    }
    int rgb = Integer.parseInt(value.startsWith("#") ? value.substring(1) : value, 16);
    BrandColour colour = new BrandColour(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    if (colour.contrastWithWhite() < MINIMUM_CONTRAST_WITH_WHITE) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s is too light: white text on it reaches %.2f:1, at least %.1f:1 is needed",
              colour.hex(),
              colour.contrastWithWhite(),
              MINIMUM_CONTRAST_WITH_WHITE));
    }
    return colour;
  }

  public String hex() {
    return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
  }

  /** Hovered buttons: 25 % darker, so that the change shows and white text keeps its contrast. */
  public BrandColour darker() {
    return new BrandColour(red * 3 / 4, green * 3 / 4, blue * 3 / 4);
  }

  /** Selected rows and hovered secondary buttons: 10 % of the colour on white. */
  public BrandColour soft() {
    return new BrandColour(tint(red), tint(green), tint(blue));
  }

  /** WCAG relative-luminance contrast ratio with white, 1 to 21. */
  public double contrastWithWhite() {
    double luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    return 1.05 / (luminance + 0.05);
  }

  private static int tint(int channel) {
    return Math.round(255 - (255 - channel) * 0.1f);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
