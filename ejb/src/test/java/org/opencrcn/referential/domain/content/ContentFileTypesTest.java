package org.opencrcn.referential.domain.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContentFileTypesTest {

  @Test
  @DisplayName("The media type comes from the extension, whatever its case")
  void mediaTypes() {
    assertThat(ContentFileTypes.mediaType("files/emprunts.csv")).contains("text/csv");
    assertThat(ContentFileTypes.mediaType("files/Sujet.ODT"))
        .contains("application/vnd.oasis.opendocument.text");
    assertThat(ContentFileTypes.mediaType("files/photo.jpeg")).contains("image/jpeg");
    assertThat(ContentFileTypes.mediaType("files/page.html")).isEmpty();
    assertThat(ContentFileTypes.mediaType("files/sans-extension")).isEmpty();
    assertThat(ContentFileTypes.mediaType("files/.csv")).isEmpty();
  }

  @Test
  @DisplayName("Illustrations are images; attachments are documents, data and images")
  void allowedByUse() {
    assertThat(ContentFileTypes.allowed("files/diagramme.svg", FileUse.ILLUSTRATION)).isTrue();
    assertThat(ContentFileTypes.allowed("files/sujet.pdf", FileUse.ILLUSTRATION)).isFalse();
    assertThat(ContentFileTypes.allowed("files/sujet.pdf", FileUse.ATTACHMENT)).isTrue();
    assertThat(ContentFileTypes.allowed("files/diagramme.svg", FileUse.ATTACHMENT)).isTrue();
    assertThat(ContentFileTypes.allowed("files/script.js", FileUse.ATTACHMENT)).isFalse();
    assertThat(ContentFileTypes.allowedExtensions(FileUse.ATTACHMENT))
        .contains(
            "odt", "ods", "odp", "docx", "xlsx", "pptx", "csv", "txt", "pdf", "png", "jpg", "svg",
            "zip")
        .doesNotContain("html", "htm", "js", "exe");
  }

  @Test
  @DisplayName("Only images are shown in the page, and SVG is the one that can carry scripts")
  void inlineAndScriptable() {
    assertThat(ContentFileTypes.displayableInline("image/png")).isTrue();
    assertThat(ContentFileTypes.displayableInline("image/svg+xml")).isTrue();
    assertThat(ContentFileTypes.displayableInline("text/csv")).isFalse();
    assertThat(ContentFileTypes.displayableInline("application/pdf")).isFalse();
    assertThat(ContentFileTypes.scriptable("image/svg+xml")).isTrue();
    assertThat(ContentFileTypes.scriptable("image/png")).isFalse();
  }

  @Test
  @DisplayName(
      "A pack file is identified by the SHA-256 of its bytes, named by its last path segment")
  void packFileIdentity() {
    PackFile file =
        new PackFile(
            "files/sous-dossier/abc.txt",
            "abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    assertThat(file.sha256())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(file.name()).isEqualTo("abc.txt");
    assertThat(file.size()).isEqualTo(3);
  }
}
