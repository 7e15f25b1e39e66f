package org.opencrcn.web.files;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opencrcn.referential.domain.content.ContentFileTypes;

/**
 * The response headers of a content file. Files come from content authors, not from the platform:
 * the browser must never guess their type, never run them in the platform's origin (an SVG can
 * carry scripts), and may keep them for good since an address names one content (its SHA-256).
 */
final class ContentFileHeaders {
  static final String SANDBOX = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
  static final String CACHE_FOR_A_YEAR = "private, max-age=31536000, immutable";

  private ContentFileHeaders() {}

  /**
   * @param inlineAsked the page shows the file (an illustration) rather than offering it for
   *     download; honoured for images only
   */
  static Map<String, String> of(String mediaType, String fileName, boolean inlineAsked) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", mediaType);
    headers.put("X-Content-Type-Options", "nosniff");
    // For every file, not only SVG: opened directly, no served file may run anything.
    headers.put("Content-Security-Policy", SANDBOX);
    // Private: only signed-in people may read these files, so shared caches must not keep them.
    headers.put("Cache-Control", CACHE_FOR_A_YEAR);
    boolean inline = inlineAsked && ContentFileTypes.displayableInline(mediaType);
    headers.put(
        "Content-Disposition",
        (inline ? "inline" : "attachment") + "; " + fileNameParameters(fileName));
    return headers;
  }

  /** RFC 6266: a plain ASCII name for old clients, the exact UTF-8 name for the others. */
  static String fileNameParameters(String fileName) {
    StringBuilder ascii = new StringBuilder();
    StringBuilder encoded = new StringBuilder();
    for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean attrChar =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "!#$&+-.^_`|~".indexOf(c) >= 0;
      encoded.append(attrChar ? String.valueOf((char) c) : "%%%02X".formatted(c));
    }
    for (char c : fileName.toCharArray()) {
      ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
    }
    return "filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
