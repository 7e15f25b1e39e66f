package org.opencrcn.referential.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.referential.domain.catalog.CatalogChallenge;
import org.opencrcn.referential.domain.catalog.ContentFileReference;
import org.opencrcn.referential.domain.content.ChallengeStatus;

/** Where the question's illustration and file to download are, as the learner's page links them. */
class ChallengePreviewFilesTest {
  private static final String SHA = "a".repeat(64);

  private static ChallengePreview preview(
      String attachmentUrl,
      ContentFileReference attachmentFile,
      String illustrationUrl,
      ContentFileReference illustrationFile) {
    CatalogChallenge challenge = new CatalogChallenge("c13tri-4-d");
    challenge.define(
        new CatalogChallenge.Definition(
            "@c13tri4",
            "QROC",
            "fr",
            ChallengeStatus.VALIDATED,
            "Combien ?",
            null,
            null,
            "{\"accepted\":[\"7\"]}",
            "T1",
            null,
            "Emprunts du CDI",
            attachmentUrl,
            attachmentFile,
            illustrationUrl,
            illustrationFile,
            "Un diagramme",
            null,
            false,
            null,
            null,
            null,
            null,
            true));
    return ChallengePreview.of(challenge);
  }

  @Test
  @DisplayName(
      "A shipped file is linked at the platform's address, with its format and size in kilobytes")
  void shippedFiles() {
    var preview =
        preview(
            null,
            new ContentFileReference(SHA, "Emprunts CDI é.csv", 2049L),
            null,
            new ContentFileReference(SHA, "diagramme.svg", 900L));

    assertThat(preview.attachment().url())
        .isEqualTo("/files/" + SHA + "/Emprunts%20CDI%20%C3%A9.csv");
    assertThat(preview.attachment().fileName()).isEqualTo("Emprunts CDI é.csv");
    assertThat(preview.attachment().name()).isEqualTo("Emprunts du CDI");
    assertThat(preview.attachment().format()).isEqualTo("CSV");
    assertThat(preview.attachment().kilobytes()).isEqualTo(3);
    assertThat(preview.illustrationUrl()).isEqualTo("/files/" + SHA + "/diagramme.svg?inline=true");
  }

  @Test
  @DisplayName(
      "Absolute URLs stay as the pack gave them; the format is read from the URL when it has one")
  void absoluteUrls() {
    var preview =
        preview(
            "https://example.org/data/emprunts.ods?v=2", null, "https://example.org/d.png", null);

    assertThat(preview.attachment().url()).isEqualTo("https://example.org/data/emprunts.ods?v=2");
    assertThat(preview.attachment().format()).isEqualTo("ODS");
    assertThat(preview.attachment().kilobytes()).isNull();
    assertThat(preview.attachment().fileName()).isNull();
    assertThat(preview.illustrationUrl()).isEqualTo("https://example.org/d.png");
  }

  @Test
  @DisplayName("No attachment, no link")
  void noAttachment() {
    CatalogChallenge challenge = new CatalogChallenge("c");
    challenge.define(
        new CatalogChallenge.Definition(
            "@s1",
            "QROC",
            "fr",
            ChallengeStatus.VALIDATED,
            "?",
            null,
            null,
            "{\"accepted\":[\"x\"]}",
            "",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            null,
            null,
            null,
            true));

    assertThat(ChallengePreview.of(challenge).attachment()).isNull();
    assertThat(ChallengePreview.of(challenge).illustrationUrl()).isNull();
  }
}
