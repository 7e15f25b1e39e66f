package org.opencrcn.referential.infrastructure.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The files of a pack, by their path relative to the pack folder, with "/" separators. */
public final class PackFiles {
  private PackFiles() {}

  public static Map<String, byte[]> fromFolder(Path folder) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      // Symbolic links are not followed: a pack's files stay inside its folder.
      walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
          .forEach(
              file -> {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                try {
                  files.put(relative, Files.readAllBytes(file));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
