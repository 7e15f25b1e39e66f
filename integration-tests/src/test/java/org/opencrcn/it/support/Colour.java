package org.opencrcn.it.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A colour as the browser computes it ({@code rgb(…)} / {@code rgba(…)}), and WCAG contrast. */
public record Colour(int red, int green, int blue, double alpha) {
  private static final Pattern RGB =
      Pattern.compile("rgba?\\((\\d+),\\s*(\\d+),\\s*(\\d+)(?:,\\s*([\\d.]+))?\\)");

  public static Colour parse(String computed) {
    Matcher m = RGB.matcher(computed.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a computed colour: " + computed);
    }
    double alpha = m.group(4) == null ? 1.0 : Double.parseDouble(m.group(4));
    return new Colour(
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)),
        alpha);
  }

  public boolean transparent() {
    return alpha == 0;
  }

  /** WCAG 2.2 contrast ratio, 1 to 21. */
  public double contrastWith(Colour other) {
    double a = luminance();
    double b = other.luminance();
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  private double luminance() {
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  @Override
  public String toString() {
    return String.format("rgb(%d, %d, %d)", red, green, blue);
  }
}
