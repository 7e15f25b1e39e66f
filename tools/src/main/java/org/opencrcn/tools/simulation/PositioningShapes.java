package org.opencrcn.tools.simulation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.opencrcn.tools.content.GenerateContentPackCommand;

/**
 * The two competence shapes positioning accuracy is measured on (docs/positioning.md), written as
 * content packs of one competence (1.1).
 */
enum PositioningShapes {
  /** Tubes a 1–3, b 1–6, c 2–6, d 3–8 (20 skills), 2 challenges per skill. */
  S(
      Map.of(
          "a",
          new int[] {1, 3},
          "b",
          new int[] {1, 6},
          "c",
          new int[] {2, 6},
          "d",
          new int[] {3, 8}),
      2),
  /** Tubes a, b, c 1–3 and d … j 1–6 (51 skills), 3 challenges per skill. */
  S_LARGE(large(), 3);

  private final Map<String, int[]> tubeLevels;
  private final int challengesPerSkill;

  PositioningShapes(Map<String, int[]> tubeLevels, int challengesPerSkill) {
    this.tubeLevels = new TreeMap<>(tubeLevels);
    this.challengesPerSkill = challengesPerSkill;
  }

  /** The shape's name in tables and folders: S, S-large. */
  String label() {
    return name().replace("_LARGE", "-large");
  }

  /** Writes the shape's pack into {@code parent/<label>} and returns that folder. */
  Path write(Path parent) throws IOException {
    Path folder = parent.resolve(label());
    GenerateContentPackCommand.generateCompetence(
        folder,
        "shape-" + label().toLowerCase(Locale.ROOT),
        "1.1",
        tubeLevels,
        challengesPerSkill,
        new Random(7));
    return folder;
  }

  private static Map<String, int[]> large() {
    Map<String, int[]> tubes = new LinkedHashMap<>();
    for (char tube = 'a'; tube <= 'j'; tube++) {
      tubes.put(String.valueOf(tube), new int[] {1, tube <= 'c' ? 3 : 6});
    }
    return tubes;
  }
}
