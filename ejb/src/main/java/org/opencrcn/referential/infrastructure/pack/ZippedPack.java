package org.opencrcn.referential.infrastructure.pack;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.opencrcn.referential.domain.content.ContentError;

/**
 * An uploaded pack, as a zip of the pack folder (with or without the folder itself). Refuses what
 * could harm the server: paths leaving the pack, more than a bounded number of files or of bytes
 * once unzipped (a zip bomb is stopped while reading, not after).
 */
public final class ZippedPack {
  public static final long MAX_UNZIPPED_BYTES = 50L * 1024 * 1024;
  public static final int MAX_ENTRIES = 2_000;
  static final String UPLOAD = "upload.zip";

  private ZippedPack() {}

  /** The files read, or the errors that stopped the reading (then no file at all). */
  public record Unzipped(Map<String, byte[]> files, List<ContentError> errors) {}

  public static Unzipped read(InputStream upload) {
    Map<String, byte[]> files = new TreeMap<>();
    List<ContentError> errors = new ArrayList<>();
    long total = 0;
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(upload)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          return refused(errors, "zip.tooManyEntries", MAX_ENTRIES);
        }
        String name = entry.getName();
        if (escapes(name)) {
          return refused(errors, "zip.traversal", name);
        }
        if (entry.isDirectory()) {
          continue;
        }
        byte[] content =
            zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_UNZIPPED_BYTES - total + 1));
        total += content.length;
        if (total > MAX_UNZIPPED_BYTES) {
          return refused(errors, "zip.tooLarge", MAX_UNZIPPED_BYTES / (1024 * 1024));
        }
        files.put(name, content);
      }
    } catch (IOException | IllegalArgumentException e) {
      return refused(errors, "zip.invalid");
    }
    if (entries == 0) {
      return refused(errors, "zip.invalid");
    }
    return new Unzipped(withoutTopFolder(files), errors);
  }

  private static boolean escapes(String name) {
    if (name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*")) {
      return true;
    }
    for (String segment : name.split("/")) {
      if (segment.equals("..")) {
        return true;
      }
    }
    return false;
  }

  /** A zip of the folder itself ("crcn/pack.yaml") reads like a zip of its content. */
  private static Map<String, byte[]> withoutTopFolder(Map<String, byte[]> files) {
    if (files.containsKey(ContentPackReader.PACK_FILE)) {
      return files;
    }
    List<String> tops =
        files.keySet().stream()
            .map(n -> n.contains("/") ? n.substring(0, n.indexOf('/') + 1) : "")
            .distinct()
            .toList();
    if (tops.size() != 1 || tops.get(0).isEmpty()) {
      return files;
    }
    String top = tops.get(0);
    Map<String, byte[]> stripped = new TreeMap<>();
    files.forEach((name, bytes) -> stripped.put(name.substring(top.length()), bytes));
    return stripped;
  }

  private static Unzipped refused(List<ContentError> errors, String key, Object... args) {
    errors.add(new ContentError(UPLOAD, "", key, args));
    return new Unzipped(Map.of(), errors);
  }
}
