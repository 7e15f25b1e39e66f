package org.opencrcn.campaign.infrastructure.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SheetXmlTest {
  @Test
  void percentagesAreTheShortestDecimalOfTheirDouble() throws IOException {
    for (long scaled : new long[] {0, 1, 10, 4667, 5000, 3333, 9999, 10_000, 12_345, -250}) {
      String text = written(xml -> xml.tenThousandths(scaled));
      assertThat(Double.parseDouble(text)).as(text).isEqualTo(scaled / 10_000.0);
      assertThat(text)
          .as("%d", scaled)
          .doesNotContain("E")
          .doesNotEndWith("0.0")
          .matches("-?\\d+(\\.\\d{0,3}[1-9])?");
    }
  }

  @Test
  void wholeNumbers() throws IOException {
    assertThat(written(xml -> xml.integer(0))).isEqualTo("0");
    assertThat(written(xml -> xml.integer(1234567890123L))).isEqualTo("1234567890123");
    assertThat(written(xml -> xml.integer(-42))).isEqualTo("-42");
    assertThat(written(xml -> xml.integer(Long.MIN_VALUE))).isEqualTo("" + Long.MIN_VALUE);
  }

  @Test
  void textIsEscapedAndEncodedInUtf8() throws IOException {
    assertThat(
            written(xml -> xml.text("=HYPERLINK(\"a<b>&c\")\n\té\u20ac\uD83D\uDE00\u0001\uD800")))
        .isEqualTo("=HYPERLINK(&quot;a&lt;b&gt;&amp;c&quot;)&#xa;&#x9;é€😀??");
  }

  @Test
  void longTextGoesThroughTheBufferWhole() throws IOException {
    String text = "é".repeat(100_000);
    assertThat(written(xml -> xml.text(text))).isEqualTo(text);
  }

  private interface Writing {
    void to(SheetXml xml) throws IOException;
  }

  private static String written(Writing writing) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SheetXml xml = new SheetXml(out);
    writing.to(xml);
    xml.flush();
    return out.toString(StandardCharsets.UTF_8);
  }
}
