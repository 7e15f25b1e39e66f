package org.opencrcn.referential.domain.content;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The file types a pack may ship, by extension, with their media type. The list is closed on
 * purpose: what the platform serves to pupils is what a teacher opens with ordinary software, and
 * never a page (HTML) that would run in the platform's origin.
 */
public final class ContentFileTypes {
  private static final Map<String, String> MEDIA_TYPES =
      Map.ofEntries(
          Map.entry("odt", "application/vnd.oasis.opendocument.text"),
          Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
          Map.entry("odp", "application/vnd.oasis.opendocument.presentation"),
          Map.entry("odg", "application/vnd.oasis.opendocument.graphics"),
          Map.entry(
              "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          Map.entry(
              "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
          Map.entry("doc", "application/msword"),
          Map.entry("xls", "application/vnd.ms-excel"),
          Map.entry("ppt", "application/vnd.ms-powerpoint"),
          Map.entry("rtf", "application/rtf"),
          Map.entry("csv", "text/csv"),
          Map.entry("tsv", "text/tab-separated-values"),
          Map.entry("txt", "text/plain"),
          Map.entry("json", "application/json"),
          Map.entry("xml", "application/xml"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("zip", "application/zip"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("webp", "image/webp"));

  private static final Set<String> ILLUSTRATIONS =
      Set.of("png", "jpg", "jpeg", "gif", "svg", "webp");
  private static final Set<String> INLINE_MEDIA_TYPES =
      Set.of("image/png", "image/jpeg", "image/gif", "image/svg+xml", "image/webp");

  private ContentFileTypes() {}

  /** The extension of a file name or URL path, lower-case, without the dot. */
  public static Optional<String> extension(String name) {
    String last = name.substring(name.lastIndexOf('/') + 1);
    int dot = last.lastIndexOf('.');
    return dot <= 0 || dot == last.length() - 1
        ? Optional.empty()
        : Optional.of(last.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  public static boolean allowed(String name, FileUse use) {
    return extension(name).filter(allowedExtensions(use)::contains).isPresent();
  }

  /** The media type a file is served with, from its extension; empty for a type not allowed. */
  public static Optional<String> mediaType(String name) {
    return extension(name).map(MEDIA_TYPES::get);
  }

  /** The allowed extensions, sorted, for messages and documentation. */
  public static Set<String> allowedExtensions(FileUse use) {
    return new TreeSet<>(use == FileUse.ILLUSTRATION ? ILLUSTRATIONS : MEDIA_TYPES.keySet());
  }

  /** Whether a browser may show a file of this media type in the page: images only. */
  public static boolean displayableInline(String mediaType) {
    return INLINE_MEDIA_TYPES.contains(mediaType);
  }

  /** Whether a file of this media type can carry scripts and must be sandboxed when shown. */
  public static boolean scriptable(String mediaType) {
    return "image/svg+xml".equals(mediaType);
  }
}
