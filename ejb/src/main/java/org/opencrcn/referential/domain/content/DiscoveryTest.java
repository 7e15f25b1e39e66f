package org.opencrcn.referential.domain.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A discovery test ("Test de découverte"): a short fixed test over chosen skills, asked in the
 * listed order, to discover the platform. {@code device} is null when the pack names an unknown one
 * (the reader reports it).
 */
public record DiscoveryTest(
    String id, String title, String description, Device device, List<String> skills) {

  /**
   * What the test's challenges suit: the seed's "ordinateur" and "smartphone/tablettes" versions.
   */
  public enum Device {
    COMPUTER("computer"),
    SMARTPHONE("smartphone");

    private final String code;

    Device(String code) {
      this.code = code;
    }

    /** As the pack writes it. */
    public String code() {
      return code;
    }

    public static Optional<Device> ofCode(String code) {
      return Arrays.stream(values()).filter(device -> device.code.equals(code)).findFirst();
    }
  }
}
