package org.opencrcn.referential.application;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencrcn.referential.domain.catalog.ContentFile;
import org.opencrcn.referential.domain.catalog.ContentFileReference;
import org.opencrcn.referential.domain.content.ContentFileTypes;
import org.opencrcn.referential.domain.content.ContentPack;
import org.opencrcn.referential.domain.content.PackFile;

/**
 * Stores the files a validated pack's challenges refer to, inside the caller's transaction (so a
 * failed import stores none). Each content is stored once: a file already stored, by this pack or
 * another, is only referred to again.
 */
@Dependent
class ContentFileWriter {
  @PersistenceContext private EntityManager em;

  /** The stored reference of every file the pack's challenges name, by its path in the pack. */
  Map<String, ContentFileReference> store(ContentPack pack) {
    Set<PackFile> referenced =
        pack.referencedFiles().stream()
            .map(path -> pack.file(path).orElseThrow())
            .collect(Collectors.toSet());
    Set<String> stored =
        alreadyStored(referenced.stream().map(PackFile::sha256).collect(Collectors.toSet()));
    Instant now = Instant.now();
    Map<String, ContentFileReference> references = new HashMap<>();
    for (PackFile file : referenced) {
      if (stored.add(file.sha256())) {
        String mediaType = ContentFileTypes.mediaType(file.path()).orElseThrow();
        em.persist(new ContentFile(file.sha256(), mediaType, file.bytes(), now));
      }
      references.put(
          file.path(), new ContentFileReference(file.sha256(), file.name(), file.size()));
    }
    return references;
  }

  private Set<String> alreadyStored(Set<String> hashes) {
    if (hashes.isEmpty()) {
      return new HashSet<>();
    }
    return new HashSet<>(
        em.createNamedQuery("ContentFile.storedAmong", String.class)
            .setParameter("hashes", hashes)
            .getResultList());
  }
}
