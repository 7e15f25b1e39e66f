package org.opencrcn.web.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the browser is told about a served content file. */
class ContentFileHeadersTest {

  @Test
  @DisplayName(
      "A file to download: its stored type, never sniffed, as an attachment, cached for good")
  void attachment() {
    var headers = ContentFileHeaders.of("text/csv", "emprunts.csv", false);

    assertThat(headers)
        .containsEntry("Content-Type", "text/csv")
        .containsEntry("X-Content-Type-Options", "nosniff")
        .containsEntry(
            "Content-Disposition",
            "attachment; filename=\"emprunts.csv\"; filename*=UTF-8''emprunts.csv")
        .containsEntry("Cache-Control", "private, max-age=31536000, immutable");
  }

  @Test
  @DisplayName(
      "An illustration is shown in the page; an SVG is sandboxed so that its scripts never run")
  void inlineImages() {
    var png = ContentFileHeaders.of("image/png", "carte.png", true);
    var svg = ContentFileHeaders.of("image/svg+xml", "diagramme.svg", true);

    assertThat(png.get("Content-Disposition")).startsWith("inline;");
    assertThat(svg.get("Content-Disposition")).startsWith("inline;");
    assertThat(svg)
        .containsEntry(
            "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
  }

  @Test
  @DisplayName("Asking to show a file that is not an image still downloads it")
  void inlineOnlyForImages() {
    assertThat(ContentFileHeaders.of("text/csv", "emprunts.csv", true).get("Content-Disposition"))
        .startsWith("attachment;");
    assertThat(
            ContentFileHeaders.of("application/pdf", "sujet.pdf", true).get("Content-Disposition"))
        .startsWith("attachment;");
  }

  @Test
  @DisplayName("Accents, quotes and line breaks in a name cannot break the header")
  void fileNameEncoding() {
    assertThat(ContentFileHeaders.fileNameParameters("Relevé \"notes\".csv"))
        .isEqualTo(
            "filename=\"Relev_ _notes_.csv\"; filename*=UTF-8''Relev%C3%A9%20%22notes%22.csv");
    assertThat(ContentFileHeaders.fileNameParameters("a\r\nSet-Cookie: x.csv"))
        .doesNotContain("\r", "\n")
        .startsWith("filename=\"a__Set-Cookie: x.csv\"");
  }
}
