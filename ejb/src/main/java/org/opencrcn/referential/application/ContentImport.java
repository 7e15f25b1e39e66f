package org.opencrcn.referential.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opencrcn.referential.domain.CrcnFrame;
import org.opencrcn.referential.domain.catalog.ContentCounts;
import org.opencrcn.referential.domain.catalog.ContentVersion;
import org.opencrcn.referential.domain.content.ContentPack;
import org.opencrcn.referential.domain.lint.LintReport;
import org.opencrcn.referential.infrastructure.pack.ContentPackReader;
import org.opencrcn.referential.infrastructure.pack.ZippedPack;
import org.opencrcn.shared.Roles;

/**
 * Imports a content pack: validates everything first, then applies the whole pack in one
 * transaction, or changes nothing and returns every error. The same files imported again change
 * nothing.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class ContentImport {
  /** The largest pack accepted, unzipped (the screens check an upload's size against it). */
  public static final long MAX_PACK_BYTES = ZippedPack.MAX_UNZIPPED_BYTES;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private CatalogWriter writer;
  @Inject private Event<ContentImported> imported;

  public ImportReport importPack(@NotNull Map<String, byte[]> files) {
    var reading = new ContentPackReader().read(files, CrcnFrame.COMPETENCE_CODES);
    if (!reading.valid()) {
      return ImportReport.refused(reading.errors(), reading.lint());
    }
    ContentPack pack = reading.pack().orElseThrow();
    String checksum = checksum(files);
    List<ContentVersion> newest =
        em.createNamedQuery("ContentVersion.newestFirst", ContentVersion.class)
            .setMaxResults(1)
            .getResultList();
    if (!newest.isEmpty() && newest.get(0).checksum().equals(checksum)) {
      return new ImportReport(
          ImportReport.Outcome.UNCHANGED,
          pack.version(),
          newest.get(0).counts(),
          List.of(),
          reading.lint());
    }
    ContentCounts counts = writer.write(pack);
    em.persist(
        new ContentVersion(
            pack.id(),
            pack.version(),
            checksum,
            Instant.now(),
            session.getCallerPrincipal().getName(),
            counts));
    imported.fire(new ContentImported(pack.version()));
    return new ImportReport(
        ImportReport.Outcome.IMPORTED, pack.version(), counts, List.of(), reading.lint());
  }

  /** Imports a pack uploaded as a zip of its folder; an unsafe or unreadable zip is refused. */
  public ImportReport importZip(@NotNull byte[] upload) {
    ZippedPack.Unzipped unzipped = ZippedPack.read(new java.io.ByteArrayInputStream(upload));
    return unzipped.errors().isEmpty()
        ? importPack(unzipped.files())
        : ImportReport.refused(unzipped.errors(), LintReport.empty());
  }

  /** Of the files' names and contents, in name order: any change to any file changes it. */
  static String checksum(Map<String, byte[]> files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      new TreeMap<>(files)
          .forEach(
              (name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
                digest.update((byte) 0);
              });
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
