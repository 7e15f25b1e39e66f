package org.opencrcn.it.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zips of content packs, as an administrator uploads them. */
public final class PackZips {
  private PackZips() {}

  /** The pack shipped with the platform (content/crcn), zipped with its folder. */
  public static Path shippedPack() throws IOException {
    Path folder = Path.of(System.getProperty("it.content.dir", "../content")).resolve("crcn");
    Path zip = Files.createTempFile("opencrcn-pack-", ".zip");
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream entries = new ZipOutputStream(out);
        Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        entries.putNextEntry(
            new ZipEntry("crcn/" + folder.relativize(file).toString().replace('\\', '/')));
        entries.write(Files.readAllBytes(file));
        entries.closeEntry();
      }
    }
    return zip;
  }

  /**
   * A pack with two mistakes: a QCM solution naming a missing proposal and an unknown tolerance.
   */
  public static Path brokenPack() throws IOException {
    String pack = "format: opencrcn-content/1\nid: broken\nversion: \"0\"\ntitle: Pack cassé\n";
    String competence =
        """
        competence: "1.1"
        tubes:
          - name: cassetube
            title: Tube cassé
            skills:
              - level: 1
                tutorials: [{title: Aide, url: "https://fr.wikipedia.org/wiki/Aide", duration: 2}]
                challenges:
                  - {id: casse-1-a, type: QCM, instruction: "Q ?", proposals: [a, b], solution: [1, 5]}
                  - {id: casse-1-b, type: QROC, instruction: "Q ?", solution: [x], tolerances: [t9]}
        """;
    Path zip = Files.createTempFile("opencrcn-broken-", ".zip");
    try (ZipOutputStream entries = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (var file :
          List.of(List.of("pack.yaml", pack), List.of("competences/1.1.yaml", competence))) {
        entries.putNextEntry(new ZipEntry(file.get(0)));
        entries.write(file.get(1).getBytes(StandardCharsets.UTF_8));
        entries.closeEntry();
      }
    }
    return zip;
  }
}
