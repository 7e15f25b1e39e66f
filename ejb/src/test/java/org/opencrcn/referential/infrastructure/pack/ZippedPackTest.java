package org.opencrcn.referential.infrastructure.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.referential.domain.content.ContentError;

class ZippedPackTest {
  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (var entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  @DisplayName("A zip of the pack folder reads like a zip of its content")
  void topFolderIsStripped() throws IOException {
    var unzipped =
        ZippedPack.read(
            new ByteArrayInputStream(
                zip(
                    Map.of(
                        "crcn/pack.yaml",
                        "a: 1".getBytes(),
                        "crcn/competences/1.1.yaml",
                        "b: 2".getBytes()))));

    assertThat(unzipped.errors()).isEmpty();
    assertThat(unzipped.files()).containsOnlyKeys("pack.yaml", "competences/1.1.yaml");
  }

  @Test
  @DisplayName("A path leaving the pack folder is refused and nothing is read")
  void pathTraversalIsRefused() throws IOException {
    var unzipped =
        ZippedPack.read(
            new ByteArrayInputStream(
                zip(Map.of("pack.yaml", "a".getBytes(), "../../etc/cron.d/x", "b".getBytes()))));

    assertThat(unzipped.files()).isEmpty();
    assertThat(unzipped.errors()).extracting(ContentError::key).containsExactly("zip.traversal");
  }

  @Test
  @DisplayName("A zip bomb is stopped at the unzipped size limit")
  void zipBombIsRefused() throws IOException {
    byte[] zeros = new byte[(int) (ZippedPack.MAX_UNZIPPED_BYTES / 2) + 1];
    byte[] bomb = zip(Map.of("pack.yaml", zeros, "other.bin", zeros));

    var unzipped = ZippedPack.read(new ByteArrayInputStream(bomb));

    assertThat(bomb.length).isLessThan(1_000_000);
    assertThat(unzipped.errors()).extracting(ContentError::key).containsExactly("zip.tooLarge");
  }

  @Test
  @DisplayName("Something that is not a zip is refused with a clear message")
  void notAZip() {
    var unzipped =
        ZippedPack.read(new ByteArrayInputStream("format: opencrcn-content/1".getBytes()));

    assertThat(unzipped.errors()).extracting(ContentError::key).containsExactly("zip.invalid");
  }
}
