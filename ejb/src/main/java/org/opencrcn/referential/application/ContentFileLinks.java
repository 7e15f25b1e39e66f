package org.opencrcn.referential.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.opencrcn.referential.domain.catalog.ContentFileReference;

/**
 * The platform addresses of stored content files, as the web module serves them: {@code
 * /files/<sha256>/<file name>} downloads the file, {@code ?inline=true} shows an image in the page.
 * Paths from the application root, which is the server's root ("/").
 */
public final class ContentFileLinks {
  public static final String PREFIX = "/files/";
  public static final String INLINE = "inline";

  private ContentFileLinks() {}

  public static String download(ContentFileReference file) {
    // The name is only for the person who saves the file; the hash alone finds it.
    return PREFIX
        + file.sha256()
        + "/"
        + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
  }

  public static String inline(ContentFileReference file) {
    return download(file) + "?" + INLINE + "=true";
  }
}
