package org.opencrcn.referential.infrastructure.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencrcn.referential.domain.CrcnFrame;
import org.opencrcn.referential.domain.content.ContentError;
import org.opencrcn.referential.domain.content.PackFile;

/** The rules of files shipped in a pack (attachments and illustrations with {@code file:}). */
class PackFileValidationTest {
  private static final String PACK =
      "format: opencrcn-content/1\nid: files-pack\nversion: \"1\"\ntitle: Fichiers\n";

  /** One challenge with an attachment and an illustration; %s and %s are their sources. */
  private static final String COMPETENCE =
      """
      competence: "1.3"
      tubes:
        - name: donnees
          title: Données
          skills:
            - level: 1
              tutorials: [{title: Tableur, url: "https://fr.wikipedia.org/wiki/Tableur", duration: 5}]
              challenges:
                - id: donnees-1-a
                  type: QROC
                  numeric: true
                  instruction: Combien de lignes concernent la 4B ?
                  attachment: {name: Emprunts, %s}
                  illustration: {%s, alt: Un diagramme en barres}
                  solution: ["7"]
      """;

  private static final String ATTACHMENT_AT = "tubes[1] › skills[1] › challenges[1] › attachment";
  private static final byte[] CSV = "classe\n4B\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] SVG =
      "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);

  private static Map<String, byte[]> pack(String attachment, String illustration) {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("pack.yaml", PACK.getBytes(StandardCharsets.UTF_8));
    files.put(
        "competences/1.3.yaml",
        COMPETENCE.formatted(attachment, illustration).getBytes(StandardCharsets.UTF_8));
    files.put("files/emprunts.csv", CSV);
    files.put("files/images/diagramme.svg", SVG);
    return files;
  }

  private static Map<String, byte[]> packWithAttachment(String attachment) {
    return pack(attachment, "file: files/images/diagramme.svg");
  }

  private static ContentPackReader.Reading read(Map<String, byte[]> files) {
    return new ContentPackReader().read(files, CrcnFrame.COMPETENCE_CODES);
  }

  @Test
  @DisplayName(
      "An attachment and an illustration shipped in the pack read without error, bytes kept")
  void filesInThePack() {
    var reading = read(pack("file: files/emprunts.csv", "file: files/images/diagramme.svg"));

    assertThat(reading.errors()).isEmpty();
    var pack = reading.pack().orElseThrow();
    var challenge = pack.competences().get(0).tubes().get(0).skills().get(0).challenges().get(0);
    assertThat(challenge.attachment().file()).isEqualTo("files/emprunts.csv");
    assertThat(challenge.illustration().file()).isEqualTo("files/images/diagramme.svg");
    assertThat(pack.referencedFiles())
        .containsExactly("files/emprunts.csv", "files/images/diagramme.svg");
    assertThat(pack.file("files/emprunts.csv").orElseThrow().bytes()).isEqualTo(CSV);
  }

  @Test
  @DisplayName("A file missing from the pack is refused, with its file and position")
  void missingFile() {
    var reading = read(packWithAttachment("file: files/absent.csv"));

    assertThat(reading.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.key()).isEqualTo("file.notFound");
              assertThat(error.file()).isEqualTo("competences/1.3.yaml");
              assertThat(error.position()).isEqualTo(ATTACHMENT_AT + " › file");
              assertThat(error.message(Locale.FRENCH))
                  .isEqualTo("le fichier « files/absent.csv » est absent du pack");
              assertThat(error.message(Locale.ENGLISH))
                  .isEqualTo("file \"files/absent.csv\" is missing from the pack");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "files/../pack.yaml",
        "../secret.csv",
        "files/./emprunts.csv",
        "/etc/passwd.csv",
        "files//emprunts.csv",
        "'files\\emprunts.csv'",
        "C:/files/emprunts.csv",
        "emprunts.csv"
      })
  @DisplayName(
      "A path that could leave the pack's files/ folder is refused, even if the file exists")
  void pathLeavingTheFolder(String path) {
    Map<String, byte[]> files = packWithAttachment("file: " + path);
    files.put("emprunts.csv", CSV);

    var reading = read(files);

    assertThat(reading.errors()).extracting(ContentError::key).containsExactly("file.path");
  }

  @Test
  @DisplayName("A file over 10 MB is refused with its size")
  void tooLarge() {
    Map<String, byte[]> files = packWithAttachment("file: files/emprunts.csv");
    files.put("files/emprunts.csv", new byte[(int) PackFile.MAX_BYTES + 1]);

    var reading = read(files);

    assertThat(reading.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.key()).isEqualTo("file.tooLarge");
              assertThat(error.message(Locale.FRENCH))
                  .isEqualTo(
                      "le fichier « files/emprunts.csv » pèse 10,1 Mo : un fichier du pack ne doit pas dépasser 10 Mo");
            });
  }

  @Test
  @DisplayName("A file of exactly 10 MB is accepted")
  void largestAccepted() {
    Map<String, byte[]> files = packWithAttachment("file: files/emprunts.csv");
    files.put("files/emprunts.csv", new byte[(int) PackFile.MAX_BYTES]);

    assertThat(read(files).errors()).isEmpty();
  }

  @Test
  @DisplayName("A type outside the lists is refused: a web page to download, a PDF as illustration")
  void typesNotAllowed() {
    Map<String, byte[]> files = pack("file: files/page.html", "file: files/sujet.pdf");
    files.put("files/page.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
    files.put("files/sujet.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));

    var errors = read(files).errors();

    assertThat(errors)
        .extracting(ContentError::key)
        .containsExactlyInAnyOrder("file.attachmentType", "file.illustrationType");
    assertThat(
            errors.stream()
                .filter(e -> e.key().equals("file.illustrationType"))
                .findFirst()
                .orElseThrow()
                .message(Locale.ENGLISH))
        .isEqualTo(
            "file type refused for an illustration: \"files/sujet.pdf\" (accepted types: gif, jpeg, jpg, png, svg, webp)");
  }

  @Test
  @DisplayName("Upper-case extensions are the same types")
  void extensionCase() {
    Map<String, byte[]> files = packWithAttachment("file: files/EMPRUNTS.CSV");
    files.put("files/EMPRUNTS.CSV", CSV);

    assertThat(read(files).errors()).isEmpty();
  }

  @Test
  @DisplayName("An attachment gives a URL or a file, not both and not neither")
  void urlOrFile() {
    var both =
        read(packWithAttachment("url: \"https://example.org/e.csv\", file: files/emprunts.csv"));
    var neither = read(pack("file: files/emprunts.csv", "url: null"));

    assertThat(both.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.key()).isEqualTo("file.urlOrFile");
              assertThat(error.position()).isEqualTo(ATTACHMENT_AT);
            });
    assertThat(neither.errors()).extracting(ContentError::key).containsExactly("file.urlOrFile");
  }

  @Test
  @DisplayName("A URL attachment still works as before")
  void urlAttachment() {
    assertThat(read(packWithAttachment("url: \"https://example.org/e.csv\"")).errors()).isEmpty();
  }

  @Test
  @DisplayName("A YAML file under files/ is a file to offer, not a stray pack file")
  void yamlUnderFiles() {
    Map<String, byte[]> files = packWithAttachment("file: files/emprunts.csv");
    files.put("files/exemple.yaml", "a: 1".getBytes(StandardCharsets.UTF_8));

    assertThat(read(files).errors()).isEmpty();
  }

  @Test
  @DisplayName(
      "Zipped with its folder, a pack finds its files; a missing one is reported as in a folder")
  void zippedPack() throws IOException {
    Map<String, byte[]> good = pack("file: files/emprunts.csv", "file: files/images/diagramme.svg");
    Map<String, byte[]> missing = new TreeMap<>(good);
    missing.remove("files/images/diagramme.svg");

    var unzipped = ZippedPack.read(new ByteArrayInputStream(zip("crcn/", good)));
    var unzippedMissing = ZippedPack.read(new ByteArrayInputStream(zip("crcn/", missing)));

    assertThat(unzipped.errors()).isEmpty();
    assertThat(read(unzipped.files()).errors()).isEmpty();
    assertThat(unzipped.files().get("files/emprunts.csv")).isEqualTo(CSV);
    assertThat(read(unzippedMissing.files()).errors())
        .extracting(ContentError::key, ContentError::position)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "file.notFound", "tubes[1] › skills[1] › challenges[1] › illustration › file"));
  }

  @Test
  @DisplayName("A zip entry escaping the pack through files/ is refused before anything is read")
  void zipTraversalThroughFiles() throws IOException {
    Map<String, byte[]> files =
        pack("file: files/emprunts.csv", "file: files/images/diagramme.svg");
    files.put("files/../../etc/cron.d/x.csv", CSV);

    var unzipped = ZippedPack.read(new ByteArrayInputStream(zip("", files)));

    assertThat(unzipped.files()).isEmpty();
    assertThat(unzipped.errors()).extracting(ContentError::key).containsExactly("zip.traversal");
  }

  private static byte[] zip(String folder, Map<String, byte[]> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (var file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(folder + file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
