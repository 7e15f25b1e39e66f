package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.services.runas.AsPlatformAdmin;
import org.opencrcn.it.services.runas.AsPupil;
import org.opencrcn.referential.application.ContentFiles;
import org.opencrcn.referential.application.ContentImport;
import org.opencrcn.referential.application.ImportReport;
import org.opencrcn.referential.application.ShippedPack;
import org.opencrcn.referential.domain.catalog.StoredContent;

/**
 * Files shipped in a pack: stored once by content, referred to by challenges, served back intact.
 */
@ExtendWith(ArquillianExtension.class)
class ContentFilesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(ContentFilesIT.class);
  }

  @Inject private ContentImport contentImport;
  @Inject private ContentFiles contentFiles;
  @Inject private AsPlatformAdmin asAdmin;
  @Inject private AsPupil asPupil;

  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  // Unique bytes per run: the database of the test server outlives a run, and stored files are
  // kept.
  private final String run = UUID.randomUUID().toString();
  private final byte[] csv =
      ("date;prénom;classe\r\n02/09/2026;Inès;4B\r\n# " + run + "\r\n")
          .getBytes(StandardCharsets.UTF_8);
  private final byte[] svg =
      ("<svg xmlns=\"http://www.w3.org/2000/svg\"><!-- " + run + " --></svg>")
          .getBytes(StandardCharsets.UTF_8);

  @AfterEach
  void restoreShippedContent() throws Exception {
    asAdmin.call(() -> contentImport.importPack(ShippedPack.files()));
  }

  private ImportReport importAsAdmin(Map<String, byte[]> files) throws Exception {
    return asAdmin.call(() -> contentImport.importPack(files));
  }

  private long storedFiles() {
    return ((Number) em.createNativeQuery("select count(*) from content_file").getSingleResult())
        .longValue();
  }

  private Object[] attachmentOf(String challengeId) {
    return (Object[])
        em.createNativeQuery(
                "select attachment_file_sha256, attachment_file_name, attachment_file_size, attachment_url,"
                    + " illustration_file_sha256 from challenge where id = ?1")
            .setParameter(1, challengeId)
            .getSingleResult();
  }

  private StoredContent downloadAsPupil(String sha256) throws Exception {
    return asPupil.call(() -> contentFiles.find(sha256)).orElseThrow();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  @DisplayName(
      "A pack's files are stored once by content, the challenges refer to them, a learner gets the same bytes")
  void importStoresAndServes() throws Exception {
    long before = storedFiles();

    ImportReport report = importAsAdmin(SmallPack.withFiles("files-1", csv, svg));

    assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
    assertThat(storedFiles()).isEqualTo(before + 2);
    assertThat(attachmentOf("it-1-b"))
        .containsExactly(sha256(csv), "emprunts.csv", (long) csv.length, null, null);
    Object[] copy = attachmentOf("it-2-a");
    assertThat(copy[0]).isEqualTo(sha256(csv));
    assertThat(copy[1]).isEqualTo("emprunts-copie.csv");
    assertThat(copy[4]).isEqualTo(sha256(svg));
    StoredContent download = downloadAsPupil(sha256(csv));
    assertThat(download.bytes()).isEqualTo(csv);
    assertThat(download.mediaType()).isEqualTo("text/csv");
    assertThat(download.byteSize()).isEqualTo(csv.length);
    assertThat(downloadAsPupil(sha256(svg)).mediaType()).isEqualTo("image/svg+xml");
  }

  @Test
  @DisplayName("The same pack again is UNCHANGED and stores nothing more")
  void reimportIsUnchanged() throws Exception {
    importAsAdmin(SmallPack.withFiles("files-1", csv, svg));
    long stored = storedFiles();

    ImportReport again = importAsAdmin(SmallPack.withFiles("files-1", csv, svg));

    assertThat(again.outcome()).isEqualTo(ImportReport.Outcome.UNCHANGED);
    assertThat(storedFiles()).isEqualTo(stored);
  }

  @Test
  @DisplayName(
      "A file whose bytes change makes a new version pointing to the new file; the old one stays")
  void changedFileIsANewVersion() throws Exception {
    importAsAdmin(SmallPack.withFiles("files-1", csv, svg));
    byte[] changed =
        new String(csv, StandardCharsets.UTF_8)
            .replace("4B", "4C")
            .getBytes(StandardCharsets.UTF_8);

    ImportReport upgrade = importAsAdmin(SmallPack.withFiles("files-1", changed, svg));

    assertThat(upgrade.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
    assertThat(attachmentOf("it-1-b")[0]).isEqualTo(sha256(changed));
    assertThat(downloadAsPupil(sha256(changed)).bytes()).isEqualTo(changed);
    assertThat(downloadAsPupil(sha256(csv)).bytes()).isEqualTo(csv);
  }

  @Test
  @DisplayName(
      "A pack whose file is missing is refused whole: no file stored, no challenge changed")
  void missingFileChangesNothing() throws Exception {
    importAsAdmin(SmallPack.version1());
    long stored = storedFiles();
    Map<String, byte[]> broken = SmallPack.withFiles("files-broken", csv, svg);
    broken.remove("files/diagramme.svg");

    ImportReport report = importAsAdmin(broken);

    assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.REFUSED);
    assertThat(report.errors()).extracting(e -> e.key()).containsExactly("file.notFound");
    assertThat(storedFiles()).isEqualTo(stored);
    assertThat(attachmentOf("it-1-b")[0]).isNull();
  }

  @Test
  @DisplayName("An unknown or malformed hash finds nothing")
  void unknownHash() throws Exception {
    assertThat(asPupil.call(() -> contentFiles.find("0".repeat(64)))).isEmpty();
    assertThat(asPupil.call(() -> contentFiles.find("../../etc/passwd"))).isEmpty();
  }

  @Test
  @DisplayName("Nobody signed in: the files are refused")
  void anonymousIsRefused() throws Exception {
    importAsAdmin(SmallPack.withFiles("files-1", csv, svg));

    assertThatThrownBy(() -> contentFiles.find(sha256(csv))).isInstanceOf(EJBAccessException.class);
  }
}
