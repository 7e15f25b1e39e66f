package org.opencrcn.organization.infrastructure.siecle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.opencrcn.organization.infrastructure.siecle.SiecleFilesTest.read;
import static org.opencrcn.organization.infrastructure.siecle.SiecleFilesTest.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencrcn.organization.domain.siecle.SiecleIssue;
import org.opencrcn.organization.domain.siecle.SiecleProblem;
import org.opencrcn.organization.domain.siecle.SiecleRecord;
import org.opencrcn.organization.infrastructure.siecle.SiecleFiles.Checked;

/** The files a new user brought that were refused for the wrong reason, or badly located. */
class SiecleNewcomerFilesTest {

  @Test
  @DisplayName("A file cut in the middle of a name is malformed XML, with its line and column")
  void truncatedInText() {
    assertThat(read("truncated-in-text.xml").issues())
        .extracting(SiecleIssue::problem, SiecleIssue::line, SiecleIssue::detail)
        .containsExactly(tuple(SiecleProblem.MALFORMED_XML, 27, "28"));
  }

  @Test
  @DisplayName("The reason does not depend on the language the server runs in")
  void truncatedOnAFrenchServer() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.FRANCE);
    try {
      assertThat(read("truncated-in-text.xml").issues())
          .extracting(SiecleIssue::problem)
          .containsExactly(SiecleProblem.MALFORMED_XML);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  @DisplayName("An encoding that does not exist is named")
  void unknownEncoding() {
    assertThat(read("unknown-encoding.xml").issues())
        .extracting(SiecleIssue::problem, SiecleIssue::detail)
        .containsExactly(tuple(SiecleProblem.UNKNOWN_ENCODING, "ISO-8859-99"));
  }

  @Test
  @DisplayName(
      "A zip made on a Mac reads like the export it holds (__MACOSX and dot-files ignored)")
  void macZip(@TempDir Path folder) throws IOException {
    Path zip = folder.resolve("export.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      add(out, "ElevesSansAdresses.xml", Files.readAllBytes(resource("valid-iso-8859-15.xml")));
      add(out, "__MACOSX/", new byte[0]);
      add(out, "__MACOSX/._ElevesSansAdresses.xml", new byte[] {0, 5, 22, 7, 0, 2, 0, 0});
      add(out, ".DS_Store", new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'});
    }

    Checked checked =
        SiecleFiles.read(
            zip,
            SiecleFiles.format("export.zip", zip),
            "0381999Z",
            LocalDate.of(2025, 9, 15),
            read -> {});

    assertThat(checked.issues()).isEmpty();
    assertThat(checked.records())
        .extracting(SiecleRecord::ine)
        .containsExactly("070000001AA", "070000002BB", "070000003CC");
  }

  @Test
  @DisplayName("A pupil without INE is named by names and ELEVE_ID, as the other refusals name one")
  void missingIneNamesThePupil() {
    assertThat(read("missing-ine.xml").issues())
        .extracting(SiecleIssue::problem, SiecleIssue::line, SiecleIssue::detail)
        .containsExactly(tuple(SiecleProblem.INE_MISSING, 25, "MARTINE Lou, ELEVE_ID 2"));
  }

  @Test
  @DisplayName("The XML parser prints nothing of its own on the console (the server logs stderr)")
  void parserPrintsNothing() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream before = System.err;
    System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      for (String file :
          new String[] {
            "encoding-mismatch.xml", "truncated.xml", "truncated-in-text.xml", "not-xml.xml"
          }) {
        assertThat(read(file).accepted()).as(file).isFalse();
      }
    } finally {
      System.setErr(before);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    OutputStream entry = zip;
    entry.write(content);
    zip.closeEntry();
  }
}
