package org.opencrcn.referential.application;

import java.io.Serializable;
import java.net.URI;
import java.util.Locale;
import org.opencrcn.referential.domain.catalog.CatalogChallenge;
import org.opencrcn.referential.domain.catalog.ContentFileReference;
import org.opencrcn.referential.domain.content.ContentFileTypes;

/**
 * A challenge's file to download, as the question shows it: its name, where it is, the file name a
 * download gets and, so that learners know what they open, its format ("CSV") and size when known.
 */
public record DownloadLink(String name, String url, String fileName, String format, Long kilobytes)
    implements Serializable {

  /** The challenge's attachment, or null when it has none. */
  static DownloadLink of(CatalogChallenge challenge) {
    ContentFileReference file = challenge.attachmentFile();
    if (file != null) {
      return new DownloadLink(
          challenge.attachmentName(),
          ContentFileLinks.download(file),
          file.fileName(),
          format(file.fileName()),
          Math.max(1, (file.byteSize() + 1023) / 1024));
    }
    if (challenge.attachmentUrl() != null) {
      return new DownloadLink(
          challenge.attachmentName(),
          challenge.attachmentUrl(),
          null,
          format(pathOf(challenge.attachmentUrl())),
          null);
    }
    return null;
  }

  private static String format(String name) {
    return ContentFileTypes.mediaType(name)
        .flatMap(type -> ContentFileTypes.extension(name))
        .map(extension -> extension.toUpperCase(Locale.ROOT))
        .orElse(null);
  }

  private static String pathOf(String url) {
    String path = URI.create(url).getPath();
    return path == null ? "" : path;
  }
}
