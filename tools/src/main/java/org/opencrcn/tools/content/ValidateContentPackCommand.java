package org.opencrcn.tools.content;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.opencrcn.referential.domain.CrcnFrame;
import org.opencrcn.referential.domain.content.ContentError;
import org.opencrcn.referential.domain.content.ContentPack;
import org.opencrcn.referential.domain.lint.LintWarning;
import org.opencrcn.referential.infrastructure.pack.ContentPackReader;
import org.opencrcn.referential.infrastructure.pack.PackFiles;

/**
 * The content authors' validator: {@code ./validate-content.sh <pack folder> [fr|en]}. Prints the
 * same errors as the import, without a server, then the linter's warnings (which do not make the
 * pack invalid), then one summary line; exits with 1 on any error.
 */
public final class ValidateContentPackCommand {
  private ValidateContentPackCommand() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length < 1 || !Files.isDirectory(Path.of(args[0]))) {
      out.println("usage: ./validate-content.sh <pack folder> [fr|en]");
      System.exit(2);
    }
    Locale locale = args.length > 1 ? Locale.of(args[1]) : Locale.FRENCH;
    var reading =
        new ContentPackReader()
            .read(PackFiles.fromFolder(Path.of(args[0])), CrcnFrame.COMPETENCE_CODES);
    for (ContentError error : reading.errors()) {
      out.println(error.describe(locale));
    }
    for (LintWarning warning : reading.lint().warnings()) {
      out.println(warning.describe(locale));
    }
    out.println(
        summary(reading.pack().orElse(null), reading.errors().size())
            + " "
            + reading.lint().summary());
    System.exit(reading.errors().isEmpty() ? 0 : 1);
  }

  static String summary(ContentPack pack, int errors) {
    if (pack == null) {
      return "valid=false errors=" + errors;
    }
    var skills =
        pack.competences().stream()
            .flatMap(c -> c.tubes().stream())
            .flatMap(t -> t.skills().stream())
            .toList();
    long challenges =
        skills.stream()
            .flatMap(s -> s.challenges().stream())
            .mapToLong(c -> c.declinations().size())
            .sum();
    long tubes = pack.competences().stream().mapToLong(c -> c.tubes().size()).sum();
    return "valid=%s competences=%d tubes=%d skills=%d challenges=%d target_profiles=%d discovery_tests=%d files=%d errors=%d"
        .formatted(
            errors == 0,
            pack.competences().size(),
            tubes,
            skills.size(),
            challenges,
            pack.targetProfiles().size(),
            pack.discoveryTests().size(),
            pack.referencedFiles().size(),
            errors);
  }
}
