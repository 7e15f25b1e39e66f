package org.opencrcn.referential.domain.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file shipped in a content pack (an attachment or an illustration), stored once per content: its
 * SHA-256 is its identity, so an unchanged file costs nothing on re-import and a changed one is a
 * new file. Never deleted: an older version of a challenge may still point to it.
 */
@Entity
@Table(name = "content_file")
@NamedQuery(
    name = "ContentFile.storedAmong",
    query = "select f.sha256 from ContentFile f where f.sha256 in :hashes")
@NamedQuery(
    name = "ContentFile.download",
    query =
        "select new org.opencrcn.referential.domain.catalog.StoredContent(f.mediaType, f.byteSize, f.bytes)"
            + " from ContentFile f where f.sha256 = :sha256")
public class ContentFile {
  @Id private String sha256;

  @Column(name = "media_type", nullable = false)
  private String mediaType;

  @Column(name = "byte_size", nullable = false)
  private long byteSize;

  @Column(name = "file_bytes", nullable = false)
  private byte[] bytes;

  @Column(name = "stored_at", nullable = false)
  private Instant storedAt;

  protected ContentFile() {}

  public ContentFile(String sha256, String mediaType, byte[] bytes, Instant storedAt) {
    this.sha256 = sha256;
    this.mediaType = mediaType;
    this.byteSize = bytes.length;
    this.bytes = bytes;
    this.storedAt = storedAt;
  }

  public String sha256() {
    return sha256;
  }
}
