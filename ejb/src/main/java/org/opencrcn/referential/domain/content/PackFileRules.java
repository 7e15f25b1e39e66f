package org.opencrcn.referential.domain.content;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Whether an attachment or an illustration names its content well: an absolute URL or a file of the
 * pack (exactly one), and a file that stays inside the pack's files/ folder, exists, is small
 * enough and of an allowed type.
 */
final class PackFileRules {
  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
  private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024 * 1024);

  private final ContentPack pack;
  private final ContentPackValidator.ErrorSink sink;

  PackFileRules(ContentPack pack, ContentPackValidator.ErrorSink sink) {
    this.pack = pack;
    this.sink = sink;
  }

  /** Checks the url-or-file choice and the file; the URL itself is checked by the caller. */
  void check(String url, String file, FileUse use, String position) {
    if ((url == null) == (file == null)) {
      sink.error(position, "file.urlOrFile");
      return;
    }
    if (file == null) {
      return;
    }
    String at = position + " › file";
    if (!insidePackFiles(file)) {
      sink.error(at, "file.path", file);
      return;
    }
    var found = pack.file(file);
    if (found.isEmpty()) {
      sink.error(at, "file.notFound", file);
      return;
    }
    if (found.get().size() > PackFile.MAX_BYTES) {
      sink.error(
          at, "file.tooLarge", file, megabytes(found.get().size()), megabytes(PackFile.MAX_BYTES));
    }
    if (!ContentFileTypes.allowed(file, use)) {
      sink.error(
          at,
          use == FileUse.ILLUSTRATION ? "file.illustrationType" : "file.attachmentType",
          file,
          String.join(", ", ContentFileTypes.allowedExtensions(use)));
    }
  }

  /** A relative path under files/, with no way out of it ("..", absolute, drive, backslash). */
  static boolean insidePackFiles(String path) {
    if (!path.startsWith(PackFile.FOLDER) || path.contains("\\") || DRIVE.matcher(path).matches()) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  private static BigDecimal megabytes(long bytes) {
    return BigDecimal.valueOf(bytes).divide(MEGABYTE, 1, RoundingMode.UP).stripTrailingZeros();
  }
}
