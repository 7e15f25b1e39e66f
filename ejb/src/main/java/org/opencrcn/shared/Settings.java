package org.opencrcn.shared;

import java.util.Locale;

/**
 * A setting of the platform: a system property ({@code opencrcn.x.y}) wins over the environment
 * variable derived from it ({@code OPENCRCN_X_Y}), which wins over the default of docs/rules.md.
 */
public final class Settings {
  private Settings() {}

  /** Whether this platform is a demonstration (demo accounts, school, content and outbox). */
  public static final String DEMO_DATA = "opencrcn.demo-data";

  /**
   * Whether demo data is on: {@code opencrcn.demo-data} or {@code OPENCRCN_DEMO_DATA}, off by
   * default.
   *
   * @throws IllegalStateException when the value set is neither {@code true} nor {@code false} (a
   *     "yes" stops the deployment with the setting's name instead of being read as off)
   */
  public static boolean demoData() {
    return flag(DEMO_DATA, false);
  }

  /**
   * @throws IllegalStateException when the value set is not a whole number, naming the setting, so
   *     that a typo in a server's configuration stops the deployment instead of being ignored
   */
  public static int integer(String property, int defaultValue) {
    String value = System.getProperty(property, System.getenv(environmentName(property)));
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "Setting "
              + property
              + " ("
              + environmentName(property)
              + ") is not a whole number: "
              + value,
          e);
    }
  }

  /**
   * A text setting, empty when neither the property nor the environment variable is set (or blank).
   */
  public static java.util.Optional<String> text(String property) {
    String value = System.getProperty(property, System.getenv(environmentName(property)));
    return value == null || value.isBlank()
        ? java.util.Optional.empty()
        : java.util.Optional.of(value.trim());
  }

  static String environmentName(String property) {
    return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /**
   * @throws IllegalStateException when the value set is neither {@code true} nor {@code false}
   */
  public static boolean flag(String property, boolean defaultValue) {
    String value = System.getProperty(property, System.getenv(environmentName(property)));
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalStateException(
              "Setting "
                  + property
                  + " ("
                  + environmentName(property)
                  + ") is neither true nor false: "
                  + value);
    };
  }
}
