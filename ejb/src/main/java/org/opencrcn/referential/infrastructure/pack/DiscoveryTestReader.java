package org.opencrcn.referential.infrastructure.pack;

import java.util.List;
import java.util.Set;
import org.opencrcn.referential.domain.content.DiscoveryTest;

/**
 * Reads discovery-tests.yaml (docs/content-pack.md); what it refers to is checked by the validator.
 */
final class DiscoveryTestReader {
  static final String FILE = "discovery-tests.yaml";
  private static final Set<String> FIELDS =
      Set.of("id", "title", "description", "device", "skills");

  List<DiscoveryTest> read(YamlNode root) {
    root.rejectUnknownFields(Set.of("discoveryTests"));
    return root.list("discoveryTests", true, this::readTest);
  }

  private DiscoveryTest readTest(YamlNode test) {
    test.rejectUnknownFields(FIELDS);
    String deviceCode = test.text("device", true);
    DiscoveryTest.Device device = null;
    if (deviceCode != null) {
      device = DiscoveryTest.Device.ofCode(deviceCode).orElse(null);
      if (device == null) {
        test.error("discoveryTest.device", deviceCode);
      }
    }
    List<String> skills = test.texts("skills", true);
    return new DiscoveryTest(
        test.text("id", true),
        test.text("title", true),
        test.text("description", false),
        device,
        skills == null ? List.of() : skills);
  }
}
