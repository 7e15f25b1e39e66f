package org.opencrcn.tools.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencrcn.referential.domain.CrcnFrame;
import org.opencrcn.referential.infrastructure.pack.ContentPackReader;
import org.opencrcn.referential.infrastructure.pack.PackFiles;

class GenerateContentPackCommandTest {

  @Test
  @DisplayName("A generated pack is valid and has the requested size, the same for the same seed")
  void generatedPackIsValid(@TempDir Path folder) throws IOException {
    int written = GenerateContentPackCommand.generate(folder.resolve("a"), 2, 3, 4, new Random(7));
    GenerateContentPackCommand.generate(folder.resolve("b"), 2, 3, 4, new Random(7));

    var reading =
        new ContentPackReader()
            .read(PackFiles.fromFolder(folder.resolve("a")), CrcnFrame.COMPETENCE_CODES);

    assertThat(reading.errors()).isEmpty();
    assertThat(written).isEqualTo(16 * 2 * 3 * 4);
    assertThat(reading.pack().orElseThrow().competences()).hasSize(16);
    assertThat(Files.readString(folder.resolve("a/competences/3.4.yaml")))
        .isEqualTo(Files.readString(folder.resolve("b/competences/3.4.yaml")));
  }
}
