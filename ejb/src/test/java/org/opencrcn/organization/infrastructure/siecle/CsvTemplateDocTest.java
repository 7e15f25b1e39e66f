package org.opencrcn.organization.infrastructure.siecle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencrcn.organization.domain.siecle.SiecleRecord;
import org.opencrcn.organization.infrastructure.siecle.SiecleFiles.Checked;

/** The CSV template that docs/rules.md gives schools to copy is one the import accepts. */
class CsvTemplateDocTest {
  private static final Path RULES = Path.of("..", "docs", "rules.md");

  @Test
  @DisplayName("The documented CSV template, copied as is, imports its two pupils")
  void documentedTemplateIsAccepted(@TempDir Path folder) throws IOException {
    Path csv = folder.resolve("eleves.csv");
    Files.writeString(csv, documentedTemplate(), StandardCharsets.UTF_8);

    Checked checked =
        SiecleFiles.read(
            csv, SiecleFiles.Format.CSV, "0381999Z", LocalDate.of(2025, 9, 15), read -> {});

    assertThat(checked.issues()).isEmpty();
    assertThat(checked.records())
        .extracting(SiecleRecord::familyName)
        .containsExactly("MARTIN", "SMITH");
  }

  /** The code block that follows "A file to copy:" in the rules. */
  private static String documentedTemplate() throws IOException {
    String rules = Files.readString(RULES, StandardCharsets.UTF_8);
    int intro = rules.indexOf("A file to copy:");
    assertThat(intro).as("the template's introduction in " + RULES).isPositive();
    int start = rules.indexOf("```\n", intro) + 4;
    return rules.substring(start, rules.indexOf("```", start));
  }
}
