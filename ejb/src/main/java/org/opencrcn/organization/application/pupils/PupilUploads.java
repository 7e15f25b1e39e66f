package org.opencrcn.organization.application.pupils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where uploaded SIECLE files wait for their job: the server's data folder, one file per import,
 * deleted when the job ends.
 */
final class PupilUploads {
  private PupilUploads() {}

  static Path file(long importId) {
    return folder().resolve("pupil-import-" + importId + ".upload");
  }

  /** A fresh file for an upload being received. */
  static Path incoming() {
    try {
      return Files.createTempFile(folder(), "incoming-", ".upload");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Left for the next clean-up of the folder.
    }
  }

  private static Path folder() {
    Path folder =
        Path.of(
            System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
            "opencrcn-imports");
    try {
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
