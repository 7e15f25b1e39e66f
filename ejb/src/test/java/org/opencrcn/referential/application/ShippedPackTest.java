package org.opencrcn.referential.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.referential.domain.CrcnFrame;
import org.opencrcn.referential.infrastructure.pack.ContentPackReader;
import org.opencrcn.referential.infrastructure.pack.PackFiles;

/** The pack the platform imports at first start, read from the class path as the server does. */
class ShippedPackTest {

  @Test
  @DisplayName("The shipped pack carries the files its challenges refer to, and is valid with them")
  void carriesItsFiles() throws IOException {
    var files = ShippedPack.files();

    var reading = new ContentPackReader().read(files, CrcnFrame.COMPETENCE_CODES);

    assertThat(reading.errors()).isEmpty();
    assertThat(reading.pack().orElseThrow().referencedFiles())
        .contains("files/c13-emprunts-cdi.csv", "files/c13-sport-prefere.svg");
    assertThat(files.get("files/c13-emprunts-cdi.csv"))
        .isEqualTo(Files.readAllBytes(Path.of("../content/crcn/files/c13-emprunts-cdi.csv")));
  }

  @Test
  @DisplayName("From the class path or from the folder, the shipped pack has the same fingerprint")
  void sameFingerprintAsTheFolder() {
    assertThat(ContentImport.checksum(ShippedPack.files()))
        .isEqualTo(ContentImport.checksum(PackFiles.fromFolder(Path.of("../content/crcn"))));
  }
}
