package org.opencrcn.tools.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the root script {@code validate-content.sh} itself, as an author does, with the class path
 * of this build given through OPENCRCN_TOOLS_CLASSPATH (so that no Maven runs inside the build).
 */
class ValidateContentScriptTest {
  private static final Path SCRIPT = Path.of("..", "validate-content.sh").toAbsolutePath();

  @Test
  @DisplayName("A refused pack: its errors, the summary line, exit code 1, and nothing else")
  void refusedPackEndsWithItsOwnMessage(@TempDir Path pack) throws Exception {
    Files.writeString(pack.resolve("pack.yaml"), "format: opencrcn-content/9\n");

    Run run = validate(pack, "en");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.lines()).anyMatch(line -> line.startsWith("pack.yaml"));
    assertThat(run.lines()).last().asString().startsWith("valid=false");
    assertThat(run.lines())
        .noneMatch(line -> line.startsWith("[ERROR]") || line.startsWith("[INFO]"))
        .noneMatch(line -> line.contains("Exception") || line.startsWith("\tat "));
  }

  @Test
  @DisplayName(
      "The shipped pack is valid and raises no lint warning: exit code 0 and one summary line")
  void shippedPackIsValid() throws Exception {
    Run run = validate(Path.of("..", "content", "crcn"), "fr");

    assertThat(run.exitCode()).isZero();
    assertThat(run.lines())
        .singleElement()
        .asString()
        .startsWith("valid=true competences=16")
        .endsWith("warnings=0 silenced=" + silencedIn(run) + " guessable_skills=0");
  }

  @Test
  @DisplayName("A folder that does not exist: usage error 2, no Java started")
  void missingFolderIsAUsageError(@TempDir Path parent) throws Exception {
    Run run = validate(parent.resolve("absent"), "fr");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.lines()).singleElement().asString().contains("is not a folder");
  }

  /** The silenced count of the summary: silences carry their reasons in the pack. */
  private static String silencedIn(Run run) {
    return run.lines().get(run.lines().size() - 1).replaceAll(".* silenced=(\\d+) .*", "$1");
  }

  private record Run(int exitCode, List<String> lines) {}

  private static Run validate(Path pack, String locale) throws IOException, InterruptedException {
    Path output = Files.createTempFile("validate-content", ".out");
    try {
      ProcessBuilder builder =
          new ProcessBuilder("bash", SCRIPT.toString(), pack.toAbsolutePath().toString(), locale)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile());
      builder.environment().put("OPENCRCN_TOOLS_CLASSPATH", testClassPath());
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      Process process = builder.start();
      assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("script ended").isTrue();
      return new Run(process.exitValue(), Files.readAllLines(output, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(output);
    }
  }

  /** Surefire's forked JVM starts from a manifest-only jar; the real class path is given aside. */
  private static String testClassPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }
}
