package org.opencrcn.organization.infrastructure.siecle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.opencrcn.organization.domain.siecle.PupilChecks;
import org.opencrcn.organization.domain.siecle.PupilRow;
import org.opencrcn.organization.domain.siecle.SiecleIssue;
import org.opencrcn.organization.domain.siecle.SiecleProblem;
import org.opencrcn.organization.domain.siecle.SiecleRecord;
import org.opencrcn.organization.domain.siecle.SiecleRefusedException;

/**
 * Reads an uploaded SIECLE file whatever its format and checks every pupil: the one entry point the
 * import job and the benchmark share.
 */
public final class SiecleFiles {
  /** Above this, an upload is refused before it is read whole (Undertow cuts bodies at 60 MB). */
  public static final long MAX_UPLOAD_BYTES = 50L * 1024 * 1024;

  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  /** The formats SIECLE files come in. */
  public enum Format {
    XML,
    ZIP,
    CSV
  }

  /**
   * The pupils to store, or every problem found (then nothing is stored), and the pupils skipped.
   */
  public record Checked(List<SiecleRecord> records, List<SiecleIssue> issues, int skipped) {
    public boolean accepted() {
      return issues.isEmpty();
    }
  }

  private SiecleFiles() {}

  /**
   * Copies an upload to {@code target}, reading at most one byte more than the limit.
   *
   * @throws SiecleRefusedException TOO_LARGE when the upload is over the limit (target deleted)
   */
  public static void save(InputStream upload, Path target, long maxBytes) {
    try (InputStream in = new LimitedInputStream(upload, maxBytes, SiecleProblem.TOO_LARGE)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (LimitedInputStream.LimitExceeded e) {
      deleteQuietly(target);
      throw new SiecleRefusedException(
          SiecleProblem.TOO_LARGE, 0, String.valueOf(maxBytes / (1024 * 1024)));
    } catch (IOException e) {
      deleteQuietly(target);
      throw new UncheckedIOException(e);
    }
  }

  /** A zip by its first bytes, a CSV by its name, XML otherwise. */
  public static Format format(String fileName, Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] start = in.readNBytes(ZIP_MAGIC.length);
      if (Arrays.equals(start, ZIP_MAGIC)) {
        return Format.ZIP;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv")
        ? Format.CSV
        : Format.XML;
  }

  /**
   * @param uai the organisation's UAI, which the XML file's {@code PARAMETRES/UAJ} must equal
   * @param progress told how many pupils were read so far
   */
  public static Checked read(
      Path file, Format format, String uai, LocalDate today, IntConsumer progress) {
    try {
      List<PupilRow> rows;
      int skipped = 0;
      PupilChecks checks;
      switch (format) {
        case CSV -> {
          rows = SiecleCsvReader.read(readBounded(file));
          checks = new PupilChecks(PupilChecks.Source.CSV, today);
        }
        case ZIP -> {
          SiecleXmlReader.Content content =
              SiecleZip.withSingleXml(file, in -> SiecleXmlReader.read(in, uai, progress));
          rows = content.rows();
          skipped = content.skipped();
          checks = new PupilChecks(PupilChecks.Source.XML, today);
        }
        default -> {
          SiecleXmlReader.Content content;
          try (InputStream in = Files.newInputStream(file)) {
            content = SiecleXmlReader.read(in, uai, progress);
          }
          rows = content.rows();
          skipped = content.skipped();
          checks = new PupilChecks(PupilChecks.Source.XML, today);
        }
      }
      rows.forEach(checks::check);
      progress.accept(rows.size());
      if (checks.issues().isEmpty() && checks.records().isEmpty()) {
        return refused(new SiecleIssue(0, null, SiecleProblem.NO_PUPIL, null));
      }
      return new Checked(
          checks.issues().isEmpty() ? checks.records() : List.of(), checks.issues(), skipped);
    } catch (SiecleRefusedException e) {
      return refused(e.issue());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] readBounded(Path file) throws IOException {
    if (Files.size(file) > MAX_UPLOAD_BYTES) {
      throw new SiecleRefusedException(
          SiecleProblem.TOO_LARGE, 0, String.valueOf(MAX_UPLOAD_BYTES / (1024 * 1024)));
    }
    return Files.readAllBytes(file);
  }

  private static Checked refused(SiecleIssue issue) {
    return new Checked(List.of(), List.of(issue), 0);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A temporary file; the job's clean-up or the OS removes it later.
    }
  }
}
