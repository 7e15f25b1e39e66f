package org.opencrcn.referential.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fingerprint that tells an import whether a pack is the one already imported. */
class ContentImportChecksumTest {
  private static Map<String, byte[]> pack(String csv) {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("pack.yaml", "id: p".getBytes(StandardCharsets.UTF_8));
    files.put("files/emprunts.csv", csv.getBytes(StandardCharsets.UTF_8));
    return files;
  }

  @Test
  @DisplayName("The same files give the same fingerprint; a changed shipped file changes it")
  void shippedFilesCount() {
    assertThat(ContentImport.checksum(pack("classe\n4B\n")))
        .isEqualTo(ContentImport.checksum(pack("classe\n4B\n")));
    assertThat(ContentImport.checksum(pack("classe\n4B\n")))
        .isNotEqualTo(ContentImport.checksum(pack("classe\n4C\n")));
  }

  @Test
  @DisplayName("Renaming a shipped file changes the fingerprint too")
  void renamedFile() {
    Map<String, byte[]> renamed = new TreeMap<>(pack("classe\n4B\n"));
    renamed.put("files/prets.csv", renamed.remove("files/emprunts.csv"));

    assertThat(ContentImport.checksum(renamed))
        .isNotEqualTo(ContentImport.checksum(pack("classe\n4B\n")));
  }
}
