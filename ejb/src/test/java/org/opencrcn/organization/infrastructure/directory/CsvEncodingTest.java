package org.opencrcn.organization.infrastructure.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvEncodingTest {
  private static final String NAME = "École du Sacré-Cœur";

  @Test
  @DisplayName("UTF-8 with a byte order mark: the mark is dropped")
  void utf8WithBom() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = NAME.getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, file, 0, 3);
    System.arraycopy(text, 0, file, 3, text.length);

    var decoded = CsvEncoding.decode(file);

    assertThat(decoded.text()).isEqualTo(NAME);
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("UTF-8 without a mark is recognised by being valid UTF-8")
  void utf8WithoutBom() {
    var decoded = CsvEncoding.decode(NAME.getBytes(StandardCharsets.UTF_8));

    assertThat(decoded.text()).isEqualTo(NAME);
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("ISO-8859-15 (no byte in 0x80-0x9F): accents and œ read right")
  void iso885915() {
    var decoded = CsvEncoding.decode(NAME.getBytes(CsvEncoding.ISO_8859_15));

    assertThat(decoded.text()).isEqualTo(NAME);
    assertThat(decoded.charset()).isEqualTo(CsvEncoding.ISO_8859_15);
  }

  @Test
  @DisplayName("Windows-1252 (œ is 0x9C there): read as Windows-1252")
  void windows1252() {
    byte[] file = NAME.getBytes(CsvEncoding.WINDOWS_1252);

    var decoded = CsvEncoding.decode(file);

    assertThat(file).contains((byte) 0x9C);
    assertThat(decoded.text()).isEqualTo(NAME);
    assertThat(decoded.charset()).isEqualTo(CsvEncoding.WINDOWS_1252);
  }

  @Test
  @DisplayName("UTF-16 with its mark")
  void utf16() {
    var decoded = CsvEncoding.decode(NAME.getBytes(StandardCharsets.UTF_16));

    assertThat(decoded.text()).isEqualTo(NAME);
  }
}
