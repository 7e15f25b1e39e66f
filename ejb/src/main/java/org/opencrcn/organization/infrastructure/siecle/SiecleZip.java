package org.opencrcn.organization.infrastructure.siecle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.opencrcn.organization.domain.siecle.SiecleProblem;
import org.opencrcn.organization.domain.siecle.SiecleRefusedException;

/**
 * A zipped SIECLE export: exactly one XML file (what a Mac or another system adds beside it is
 * ignored), no entry whose path leaves the archive, and never more than {@link #MAX_UNZIPPED_BYTES}
 * once inflated (checked on the sizes the archive declares, then again while reading, since those
 * can lie).
 */
final class SiecleZip {
  static final long MAX_UNZIPPED_BYTES = 200L * 1024 * 1024;

  private SiecleZip() {}

  static <T> T withSingleXml(Path file, Function<InputStream, T> reading) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      List<? extends ZipEntry> entries = zip.stream().toList();
      for (ZipEntry entry : entries) {
        if (escapes(entry.getName())) {
          throw new SiecleRefusedException(SiecleProblem.ZIP_TRAVERSAL, 0, entry.getName());
        }
      }
      List<? extends ZipEntry> files =
          entries.stream()
              .filter(entry -> !entry.isDirectory() && !systemMetadata(entry.getName()))
              .toList();
      if (files.size() != 1) {
        throw new SiecleRefusedException(
            SiecleProblem.ZIP_NOT_ONE_FILE, 0, String.valueOf(files.size()));
      }
      ZipEntry xml = files.get(0);
      if (!xml.getName().toLowerCase(Locale.ROOT).endsWith(".xml")) {
        throw new SiecleRefusedException(SiecleProblem.ZIP_NOT_XML, 0, xml.getName());
      }
      if (xml.getSize() > MAX_UNZIPPED_BYTES) {
        throw new SiecleRefusedException(SiecleProblem.ZIP_TOO_LARGE, 0, null);
      }
      try (InputStream in =
          new LimitedInputStream(
              zip.getInputStream(xml), MAX_UNZIPPED_BYTES, SiecleProblem.ZIP_TOO_LARGE)) {
        return reading.apply(in);
      }
    } catch (IOException e) {
      throw new SiecleRefusedException(SiecleProblem.ZIP_INVALID, 0, null);
    }
  }

  /**
   * What an operating system adds when it zips a file, never the export: the "__MACOSX/" folder and
   * "._" resource forks of a Mac, hidden files such as ".DS_Store".
   */
  static boolean systemMetadata(String name) {
    for (String segment : name.split("/")) {
      if (segment.equals("__MACOSX") || (segment.startsWith(".") && !segment.equals("."))) {
        return true;
      }
    }
    return false;
  }

  static boolean escapes(String name) {
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
}
