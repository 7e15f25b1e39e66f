package org.opencrcn.referential.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.opencrcn.referential.domain.CrcnFrame;
import org.opencrcn.referential.domain.content.ContentPack;
import org.opencrcn.referential.domain.content.PackFile;
import org.opencrcn.referential.infrastructure.pack.ContentPackReader;

/** The content pack shipped inside the application (content/crcn, copied by the build). */
public final class ShippedPack {
  static final String ROOT = "/opencrcn-content/crcn/";

  private ShippedPack() {}

  /**
   * Its files, by path in the pack. A class path cannot be listed: the YAML files have known names,
   * and the files of files/ are those the YAML files refer to.
   */
  public static Map<String, byte[]> files() {
    Map<String, byte[]> files = new TreeMap<>();
    add(files, "pack.yaml");
    add(files, "target-profiles.yaml");
    add(files, "discovery-tests.yaml");
    CrcnFrame.COMPETENCE_CODES.forEach(code -> add(files, "competences/" + code + ".yaml"));
    new ContentPackReader()
        .read(files, CrcnFrame.COMPETENCE_CODES)
        .pack()
        .map(ContentPack::referencedFiles)
        .ifPresent(
            referenced ->
                referenced.stream()
                    .filter(path -> path.startsWith(PackFile.FOLDER) && !path.contains(".."))
                    .forEach(path -> add(files, path)));
    return files;
  }

  private static void add(Map<String, byte[]> files, String name) {
    try (InputStream in = ShippedPack.class.getResourceAsStream(ROOT + name)) {
      if (in != null) {
        files.put(name, in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
