package org.opencrcn.organization.infrastructure.siecle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.organization.domain.siecle.SiecleProblem;
import org.opencrcn.organization.domain.siecle.SiecleRefusedException;

/**
 * Deeply nested elements: the reading cost grew with the square of the depth (20,000 levels took
 * 5.5 s), so a small hostile file could hold a server thread for minutes. The reader refuses a file
 * nested deeper than any SIECLE export, as soon as it meets the first element too deep.
 */
class SiecleDepthTest {
  private static final String UAI = "0381999Z";

  @Test
  @DisplayName("A file nested 100,000 levels deep is refused at once, long before its end")
  void deepNestingRefusedEarly() {
    byte[] file = nested(100_000, "BEE_ELEVES/DONNEES/ELEVES");
    CountingStream in = new CountingStream(new ByteArrayInputStream(file));

    SiecleRefusedException refused =
        catchThrowableOfType(
            SiecleRefusedException.class, () -> SiecleXmlReader.read(in, UAI, n -> {}));

    assertThat(refused).as("refused").isNotNull();
    assertThat(refused.issue().problem()).isEqualTo(SiecleProblem.TOO_DEEP);
    assertThat(refused.issue().detail()).isEqualTo(String.valueOf(SiecleXmlReader.MAX_DEPTH));
    assertThat(in.read)
        .as("bytes read of %d: the reader stopped at the first element too deep", file.length)
        .isLessThan(file.length / 10);
  }

  @Test
  @DisplayName("Nesting inside a pupil (skipped elements) is capped too")
  void deepNestingInsidePupilRefused() {
    byte[] file = nested(10_000, "BEE_ELEVES/DONNEES/ELEVES/ELEVE/SCOLARITE_AN_DERNIER");

    SiecleRefusedException refused =
        catchThrowableOfType(
            SiecleRefusedException.class,
            () -> SiecleXmlReader.read(new ByteArrayInputStream(file), UAI, n -> {}));

    assertThat(refused).as("refused").isNotNull();
    assertThat(refused.issue().problem()).isEqualTo(SiecleProblem.TOO_DEEP);
  }

  @Test
  @DisplayName("A file exactly at the depth limit is read")
  void atTheLimitIsRead() {
    // BEE_ELEVES/DONNEES/ELEVES is 3 levels; the empty elements below take the rest.
    byte[] file = nested(SiecleXmlReader.MAX_DEPTH - 3, "BEE_ELEVES/DONNEES/ELEVES");

    SiecleXmlReader.Content content =
        SiecleXmlReader.read(new ByteArrayInputStream(file), UAI, n -> {});

    assertThat(content.rows()).isEmpty();
  }

  /** A SIECLE export with the UAI, then {@code levels} elements nested under {@code at}. */
  private static byte[] nested(int levels, String at) {
    String[] parents = at.split("/");
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<BEE_ELEVES><PARAMETRES><UAJ>").append(UAI).append("</UAJ></PARAMETRES>");
    for (int i = 1; i < parents.length; i++) {
      xml.append('<').append(parents[i]).append(i == 3 ? " ELEVE_ID=\"1\">" : ">");
    }
    xml.append("<A>".repeat(levels)).append("</A>".repeat(levels));
    for (int i = parents.length - 1; i >= 0; i--) {
      xml.append("</").append(parents[i]).append('>');
    }
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Counts the bytes the reader took from the file. */
  private static final class CountingStream extends FilterInputStream {
    long read;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      read += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      read += Math.max(0, n);
      return n;
    }
  }
}
