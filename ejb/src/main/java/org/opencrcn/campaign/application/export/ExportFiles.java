package org.opencrcn.campaign.application.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.opencrcn.campaign.application.export.CampaignExports.Format;

/**
 * Where the background exports are written: the server's data folder, one file per job, named by
 * the job's id only (the id says nothing of the campaign; the database says whose it is).
 */
final class ExportFiles {
  static final String FOLDER = "opencrcn-exports";

  private ExportFiles() {}

  static Path file(long jobId, Format format) {
    return folder()
        .resolve("campaign-export-" + jobId + "." + format.name().toLowerCase(Locale.ROOT));
  }

  /** The file being written, renamed to {@link #file} once complete. */
  static Path partial(long jobId) {
    return folder().resolve("campaign-export-" + jobId + ".part");
  }

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Left for the next clean-up of the folder.
    }
  }

  static Path folder() {
    Path folder =
        Path.of(
            System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
            FOLDER);
    try {
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
