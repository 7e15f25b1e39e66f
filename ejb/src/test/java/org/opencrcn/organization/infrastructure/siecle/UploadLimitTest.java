package org.opencrcn.organization.infrastructure.siecle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencrcn.organization.domain.siecle.SiecleProblem;
import org.opencrcn.organization.domain.siecle.SiecleRefusedException;

class UploadLimitTest {

  /** 100 MB that exist only as they are read, counting what was read. */
  static final class HundredMegabytes extends InputStream {
    static final long SIZE = 100L * 1024 * 1024;
    long read;

    @Override
    public int read() {
      return read < SIZE ? (int) (read++ & 0x7f) : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (read >= SIZE) {
        return -1;
      }
      int n = (int) Math.min(length, SIZE - read);
      read += n;
      return n;
    }
  }

  @Test
  @DisplayName(
      "A 100 MB upload is refused after at most the limit plus a buffer was read, and nothing is kept")
  void hundredMegabytes(@TempDir Path dir) {
    HundredMegabytes upload = new HundredMegabytes();
    Path target = dir.resolve("upload");

    assertThatThrownBy(() -> SiecleFiles.save(upload, target, SiecleFiles.MAX_UPLOAD_BYTES))
        .isInstanceOfSatisfying(
            SiecleRefusedException.class,
            e -> assertThat(e.issue().problem()).isEqualTo(SiecleProblem.TOO_LARGE));
    assertThat(upload.read).isLessThanOrEqualTo(SiecleFiles.MAX_UPLOAD_BYTES + 1);
    assertThat(target).doesNotExist();
  }

  @Test
  @DisplayName("An inflated entry that lied about its size is stopped while the XML is parsed")
  void limitWhileParsing() throws IOException {
    try (InputStream xml =
        Files.newInputStream(SiecleFilesTest.resource("valid-iso-8859-15.xml"))) {
      InputStream limited = new LimitedInputStream(xml, 1_000, SiecleProblem.ZIP_TOO_LARGE);

      assertThatThrownBy(() -> SiecleXmlReader.read(limited, "0381999Z", read -> {}))
          .isInstanceOfSatisfying(
              SiecleRefusedException.class,
              e -> assertThat(e.issue().problem()).isEqualTo(SiecleProblem.ZIP_TOO_LARGE));
    }
  }

  @Test
  @DisplayName("An upload under the limit is kept whole")
  void underTheLimit(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("upload");

    SiecleFiles.save(new java.io.ByteArrayInputStream(new byte[1000]), target, 1000);

    assertThat(Files.size(target)).isEqualTo(1000);
  }
}
