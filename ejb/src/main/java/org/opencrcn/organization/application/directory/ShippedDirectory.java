package org.opencrcn.organization.application.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The sample directory shipped with the platform (content/annuaire, copied by the build). */
public final class ShippedDirectory {
  static final String PATH = "/opencrcn-content/annuaire/annuaire-exemple.csv";

  private ShippedDirectory() {}

  public static byte[] bytes() {
    try (InputStream in = ShippedDirectory.class.getResourceAsStream(PATH)) {
      if (in == null) {
        throw new IllegalStateException(
            "The sample directory is missing from the application: " + PATH);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
