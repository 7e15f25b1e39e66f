package org.opencrcn.web.files;

import java.util.Optional;

/** What a content file's address says: {@code /<sha256>/<file name>}, the name being optional. */
record ContentFileAddress(String sha256, String fileName) {

  /** The servlet's path info, decoded by the container; empty when it names no file. */
  static Optional<ContentFileAddress> parse(String pathInfo) {
    if (pathInfo == null || pathInfo.length() < 2) {
      return Optional.empty();
    }
    String path = pathInfo.substring(1);
    int slash = path.indexOf('/');
    String sha256 = slash < 0 ? path : path.substring(0, slash);
    String name = slash < 0 ? "" : path.substring(slash + 1);
    if (sha256.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ContentFileAddress(sha256, name.isBlank() || name.contains("/") ? sha256 : name));
  }
}
